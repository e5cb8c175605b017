// One section as Word blocks: heading, the agreement as a quotation with its commitments
// marked, the verdict with its justification, the assessment, and the reference list
// (bookmarked, so citations link to it).
import { Bookmark, ExternalHyperlink, Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import type { Section } from '../../shared/models';
import { isHttpUrl, sectionTitle } from '../export';
import { bodyToDocx } from './body-to-docx';
import type { DocxLabels } from './labels';

export interface SectionDocxOptions {
  labels: DocxLabels;
  /** Word heading level of the section's title (1 alone, 2 under a domain heading). */
  level: number;
  /** Makes bookmark names unique when several sections share a document. */
  anchorPrefix: string;
  orderedNumbering: string;
  nextInstance: () => number;
}

const HEADING = (level: number) => `Heading${Math.min(level, 6)}`;

/** Word bookmark names: a letter first, letters/digits/underscores, at most 40 characters. */
export function referenceAnchor(prefix: string, n: number): string {
  return `${prefix}ref_${n}`.slice(0, 40);
}

/** The agreement text with `[commitments]` as highlighted, bold runs; the text itself unchanged. */
export function agreementRuns(agreement: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of agreement.matchAll(/\[[^[\]]+\]/g)) {
    if (m.index > last) runs.push(new TextRun({ text: agreement.slice(last, m.index) }));
    runs.push(new TextRun({ text: m[0], bold: true, highlight: 'yellow' }));
    last = m.index + m[0].length;
  }
  if (last < agreement.length) runs.push(new TextRun({ text: agreement.slice(last) }));
  return runs;
}

function referenceTitle(title: string): string {
  // A title may end in raw line breaks (docs/report-format); the entry shows it without them.
  return title.replace(/\s+$/, '');
}

export function sectionToDocx(section: Section, opts: SectionDocxOptions): (Paragraph | Table)[] {
  const { labels, level } = opts;
  const blocks: (Paragraph | Table)[] = [];
  const sub = HEADING(level + 1);
  blocks.push(new Paragraph({ style: HEADING(level), children: [new TextRun(sectionTitle(section))] }));

  blocks.push(
    new Paragraph({
      children: [
        new TextRun({ text: `${labels.verdict}: `, bold: true }),
        new TextRun(labels.verdicts[section.verdict] ?? section.verdict),
        new TextRun({ text: `   ${labels.status}: `, bold: true }),
        new TextRun(labels.workflow[section.status] ?? section.status),
      ],
    }),
  );
  if (section.verdictNote.trim() !== '') {
    const lines = section.verdictNote.split('\n');
    blocks.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${labels.justification}: `, bold: true }),
          ...lines.map((line, k) => new TextRun({ text: line, ...(k > 0 ? { break: 1 } : {}) })),
        ],
      }),
    );
  }

  if (section.agreement.trim() !== '') {
    blocks.push(new Paragraph({ style: sub, children: [new TextRun(labels.agreement)] }));
    blocks.push(new Paragraph({ style: 'Quote', children: agreementRuns(section.agreement) }));
  }

  const numbers = new Set(section.references.map((r) => r.number));
  const anchorFor = (n: number) => (numbers.has(n) ? referenceAnchor(opts.anchorPrefix, n) : null);
  if (section.body.trim() !== '') {
    blocks.push(new Paragraph({ style: sub, children: [new TextRun(labels.assessment)] }));
    blocks.push(
      ...bodyToDocx(section.body, { firstHeadingLevel: Math.min(level + 2, 6), anchorFor, orderedNumbering: opts.orderedNumbering, labels, nextInstance: opts.nextInstance }),
    );
  }

  blocks.push(new Paragraph({ style: sub, children: [new TextRun(labels.references)] }));
  if (section.references.length === 0) blocks.push(new Paragraph({ children: [new TextRun({ text: labels.noReferences, italics: true })] }));
  const bookmarked = new Set<number>();
  for (const ref of section.references) {
    const label = `[${ref.number}]`;
    // A duplicated number (a defect the checker reports) gets no second bookmark.
    const numberRun = bookmarked.has(ref.number)
      ? new TextRun({ text: label, bold: true })
      : new Bookmark({ id: referenceAnchor(opts.anchorPrefix, ref.number), children: [new TextRun({ text: label, bold: true })] });
    bookmarked.add(ref.number);
    const title = referenceTitle(ref.title);
    const titleRun = title === '' ? new TextRun({ text: labels.untitled, italics: true }) : new TextRun({ text: title, style: ref.url && isHttpUrl(ref.url) ? 'Hyperlink' : undefined });
    const titlePart = ref.url && isHttpUrl(ref.url) ? new ExternalHyperlink({ link: ref.url, children: [titleRun] }) : titleRun;
    blocks.push(
      new Paragraph({
        style: 'ReferenceEntry',
        keepLines: true,
        children: [numberRun, new TextRun(`  (${ref.date})  `), titlePart],
      }),
    );
  }
  return blocks;
}
