// The assessment (Markdown, edit form) as Word paragraphs: real headings, lists, bold and
// italic, links, tables, and citations as superscript links to the reference list.
import { ExternalHyperlink, InternalHyperlink, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { IRunOptions, ParagraphChild } from 'docx';
import type { Token } from 'markdown-it';
import { CITATION_TOKEN_TYPE, isHttpUrl, parseBodyTokens, safeHref } from '../export';
import type { DocxLabels } from './labels';

export interface BodyDocxOptions {
  /** Word heading level of the body's highest heading (whether it is `#` or `###`); deeper ones follow. */
  firstHeadingLevel: number;
  /** Bookmark name of reference N, or null when the list has no entry N (then the citation is plain text). */
  anchorFor: (n: number) => string | null;
  /** Numbering reference for ordered lists (defined on the document); `instance` restarts it per list. */
  orderedNumbering: string;
  labels: DocxLabels;
  /** Next numbering instance; shared by all bodies of one document. */
  nextInstance: () => number;
}

type Block = Paragraph | Table;
type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'strike' | 'font'>;

const HEADING_STYLES = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'];

/** Inline tokens -> runs, links and citations. */
function inlineChildren(tokens: readonly Token[], opts: BodyDocxOptions): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const style: RunStyle = {};
  let bold = 0;
  let italics = 0;
  let strike = 0;
  let link: { href: string; runs: TextRun[] } | null = null;
  const current = (): RunStyle => ({ ...style, bold: bold > 0 || undefined, italics: italics > 0 || undefined, strike: strike > 0 || undefined });
  const push = (run: TextRun) => (link ? link.runs.push(run) : out.push(run));
  const text = (t: string, extra: IRunOptions = {}) => {
    if (t === '') return;
    push(new TextRun({ ...current(), ...(link ? { style: 'Hyperlink' } : {}), ...extra, text: t }));
  };

  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        text(t.content);
        break;
      case 'code_inline':
        text(t.content, { font: 'Consolas' });
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italics++;
        break;
      case 'em_close':
        italics--;
        break;
      case 's_open':
        strike++;
        break;
      case 's_close':
        strike--;
        break;
      case 'softbreak':
        text(' ');
        break;
      case 'hardbreak':
        push(new TextRun({ break: 1 }));
        break;
      case 'link_open': {
        const href = safeHref(t.attrGet('href') ?? '');
        link = href !== null && (isHttpUrl(href) || href.toLowerCase().startsWith('mailto:')) ? { href, runs: [] } : null;
        break;
      }
      case 'link_close':
        if (link) out.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
        link = null;
        break;
      case 'image': {
        const alt = (t.children ?? []).map((c) => c.content).join('') || (t.attrGet('src') ?? '');
        text(opts.labels.image(alt), { italics: true });
        break;
      }
      case CITATION_TOKEN_TYPE: {
        const n = (t.meta as { number: number }).number;
        const anchor = opts.anchorFor(n);
        const run = new TextRun({ ...current(), text: `[${n}]`, superScript: true, ...(anchor ? { style: 'Hyperlink' } : {}) });
        if (anchor && !link) out.push(new InternalHyperlink({ anchor, children: [run] }));
        else push(run);
        break;
      }
      default:
        if (t.content) text(t.content);
    }
  }
  return out;
}

interface ListFrame {
  ordered: boolean;
  instance: number;
}

/** The body as Word blocks. */
export function bodyToDocx(body: string, opts: BodyDocxOptions): Block[] {
  const tokens = parseBodyTokens(body);
  const blocks: Block[] = [];
  const lists: ListFrame[] = [];
  let quoteDepth = 0;
  let heading: number | null = null;
  let inItem = 0;
  let firstParagraphOfItem = false;
  // Bodies start their headings at any level (`#`, `###`); the highest one used sits just below the section's.
  const top = Math.min(7, ...tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1))));

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'heading_open':
        heading = Math.min(opts.firstHeadingLevel + Number(t.tag.slice(1)) - top, 6);
        break;
      case 'heading_close':
        heading = null;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: t.type === 'ordered_list_open', instance: opts.nextInstance() });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        inItem++;
        firstParagraphOfItem = true;
        break;
      case 'list_item_close':
        inItem--;
        break;
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'inline': {
        const children = inlineChildren(t.children ?? [], opts);
        if (heading !== null) {
          blocks.push(new Paragraph({ style: HEADING_STYLES[heading - 1], children }));
          break;
        }
        const list = lists[lists.length - 1];
        const indent = quoteDepth > 0 ? { left: 720 * quoteDepth } : undefined;
        if (list && inItem > 0 && firstParagraphOfItem) {
          firstParagraphOfItem = false;
          const level = Math.min(lists.length - 1, 8);
          blocks.push(
            new Paragraph({
              children,
              ...(list.ordered ? { numbering: { reference: opts.orderedNumbering, level, instance: list.instance } } : { bullet: { level } }),
            }),
          );
        } else if (list && inItem > 0) {
          // A second paragraph in a list item continues it, indented like the item's text.
          blocks.push(new Paragraph({ children, indent: { left: 720 * lists.length } }));
        } else {
          blocks.push(new Paragraph({ children, ...(indent ? { indent, style: 'Quote' } : {}) }));
        }
        break;
      }
      case 'fence':
      case 'code_block': {
        const lines = t.content.replace(/\n$/, '').split('\n');
        blocks.push(
          new Paragraph({
            style: 'Code',
            children: lines.map((line, k) => new TextRun({ text: line, font: 'Consolas', ...(k > 0 ? { break: 1 } : {}) })),
          }),
        );
        break;
      }
      case 'hr':
        blocks.push(new Paragraph({ border: { bottom: { style: 'single', size: 6, color: '999999', space: 1 } }, children: [] }));
        break;
      case 'table_open': {
        const end = tokens.findIndex((x, k) => k > i && x.type === 'table_close');
        blocks.push(tableToDocx(tokens.slice(i + 1, end), opts));
        i = end;
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

function tableToDocx(tokens: readonly Token[], opts: BodyDocxOptions): Table {
  const rows: TableRow[] = [];
  let cells: TableCell[] = [];
  let header = false;
  for (const t of tokens) {
    if (t.type === 'thead_open') header = true;
    else if (t.type === 'thead_close') header = false;
    else if (t.type === 'tr_open') cells = [];
    else if (t.type === 'tr_close') rows.push(new TableRow({ children: cells, tableHeader: header }));
    else if (t.type === 'inline') {
      const children = inlineChildren(t.children ?? [], opts);
      cells.push(new TableCell({ children: [new Paragraph({ children })] }));
    }
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}
