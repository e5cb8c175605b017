// Test support: reads a .docx back (unzip + parse the XML parts) so tests check what Word
// would show — paragraphs with their styles, hyperlinks with their targets, bookmarks.
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParagraph {
  style: string | null;
  text: string;
  /** Text of superscript runs, in order. */
  superscripts: string[];
  /** w:lang of the first run that has one. */
}

export interface DocxHyperlink {
  text: string;
  /** The external target (from the relationships) or null for internal links. */
  target: string | null;
  anchor: string | null;
  superscript: boolean;
}

export interface DocxContents {
  files: string[];
  xml: string;
  paragraphs: DocxParagraph[];
  hyperlinks: DocxHyperlink[];
  bookmarks: string[];
  text: string;
  part(name: string): string;
}

function parseXml(xml: string): Document {
  return new JSDOM(xml, { contentType: 'text/xml' }).window.document;
}

function runText(el: Element): string {
  let out = '';
  for (const n of Array.from(el.getElementsByTagNameNS(W, '*'))) {
    if (n.localName === 't') out += n.textContent ?? '';
    else if (n.localName === 'br') out += '\n';
    else if (n.localName === 'tab') out += '\t';
  }
  return out;
}

function isSuperscript(run: Element): boolean {
  const va = run.getElementsByTagNameNS(W, 'vertAlign')[0];
  return va?.getAttributeNS(W, 'val') === 'superscript';
}

export function readDocx(bytes: Uint8Array): DocxContents {
  const zip = unzipSync(bytes);
  const part = (name: string) => {
    const f = zip[name];
    if (!f) throw new Error(`${name} is not in the .docx (has ${Object.keys(zip).join(', ')})`);
    return strFromU8(f);
  };
  const xml = part('word/document.xml');
  const doc = parseXml(xml);
  const rels = new Map<string, string>();
  const relDoc = parseXml(part('word/_rels/document.xml.rels'));
  for (const r of Array.from(relDoc.getElementsByTagName('Relationship'))) rels.set(r.getAttribute('Id') ?? '', r.getAttribute('Target') ?? '');

  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  const paragraphs: DocxParagraph[] = Array.from(body.getElementsByTagNameNS(W, 'p')).map((p) => {
    const style = p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? null;
    const runs = Array.from(p.getElementsByTagNameNS(W, 'r'));
    return { style, text: runs.map(runText).join(''), superscripts: runs.filter(isSuperscript).map(runText) };
  });
  const hyperlinks: DocxHyperlink[] = Array.from(body.getElementsByTagNameNS(W, 'hyperlink')).map((h) => {
    const id = h.getAttributeNS(R, 'id');
    const runs = Array.from(h.getElementsByTagNameNS(W, 'r'));
    return {
      text: runs.map(runText).join(''),
      target: id ? (rels.get(id) ?? null) : null,
      anchor: h.getAttributeNS(W, 'anchor'),
      superscript: runs.length > 0 && runs.every(isSuperscript),
    };
  });
  const bookmarks = Array.from(body.getElementsByTagNameNS(W, 'bookmarkStart')).map((b) => b.getAttributeNS(W, 'name') ?? '');
  return { files: Object.keys(zip), xml, paragraphs, hyperlinks, bookmarks, text: paragraphs.map((p) => p.text).join('\n'), part };
}
