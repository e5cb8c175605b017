// Sections as one Word document: alone, or the whole project with a table of contents and
// the sections under their domain headings. Dutch language tag on the text, document
// properties (title, project, term), real Word styles throughout.
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TableOfContents, TextRun } from 'docx';
import type { Table } from 'docx';
import type { ProjectInfo, Section } from '../../shared/models';
import { sectionTitle } from '../export';
import { docxLabels } from './labels';
import { sectionToDocx } from './section-docx';

const ORDERED = 'body-numbers';

function termText(project: ProjectInfo): string {
  if (!project.termStart && !project.termEnd) return '';
  return `${project.termStart ?? '?'} – ${project.termEnd ?? '?'}`;
}

function orderedLevels() {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

function buildDocument(project: ProjectInfo, title: string, children: (Paragraph | Table | TableOfContents)[]): Document {
  const labels = docxLabels(project.language);
  const term = termText(project);
  return new Document({
    title,
    subject: project.name,
    description: [project.government, term].filter((s) => s !== '').join(' · '),
    creator: 'Policy Workbench',
    keywords: [project.name, project.government].filter((s) => s.trim() !== '').join('; '),
    customProperties: [
      { name: 'Project', value: project.name || '-' },
      { name: 'Government', value: project.government || '-' },
      { name: 'Term', value: term || labels.termUnknown },
    ],
    features: { updateFields: true },
    numbering: { config: [{ reference: ORDERED, levels: orderedLevels() }] },
    styles: {
      // The reports are Dutch, whatever language the labels are in.
      default: { document: { run: { language: { value: 'nl-BE' }, font: 'Calibri', size: 22 } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '404040' },
          paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 120 }, border: { left: { style: 'single', size: 12, color: 'A0A0A0', space: 8 } } },
        },
        { id: 'Code', name: 'Code', basedOn: 'Normal', run: { font: 'Consolas', size: 20 }, paragraph: { indent: { left: 360 } } },
        {
          id: 'ReferenceEntry',
          name: 'Reference entry',
          basedOn: 'Normal',
          paragraph: { indent: { left: 720, hanging: 720 }, spacing: { after: 80 } },
        },
      ],
    },
    sections: [{ children }],
  });
}

/** One section as a `.docx` file. */
export async function renderSectionDocx(section: Section, project: ProjectInfo): Promise<Uint8Array> {
  let instance = 0;
  const labels = docxLabels(project.language);
  const children = sectionToDocx(section, { labels, level: 1, anchorPrefix: 's_', orderedNumbering: ORDERED, nextInstance: () => ++instance });
  return Packer.pack(buildDocument(project, sectionTitle(section), children), 'uint8array');
}

/**
 * The whole project as one `.docx`: title, facts, a table of contents, then each top-level
 * domain as Heading 1 with its sections (Heading 2) in tree order.
 */
export async function renderProjectDocx(sections: readonly Section[], project: ProjectInfo): Promise<Uint8Array> {
  let instance = 0;
  const labels = docxLabels(project.language);
  const children: (Paragraph | Table | TableOfContents)[] = [];
  children.push(new Paragraph({ style: 'Title', children: [new TextRun(project.name)] }));
  const term = termText(project);
  if (project.government.trim() !== '') children.push(new Paragraph({ children: [new TextRun({ text: `${labels.government}: `, bold: true }), new TextRun(project.government)] }));
  children.push(new Paragraph({ children: [new TextRun({ text: `${labels.term}: `, bold: true }), new TextRun(term || labels.termUnknown)] }));
  children.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: labels.contents, bold: true, size: 28 })] }));
  children.push(new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: '1-2' }));

  let domain: string | null = null;
  sections.forEach((section, i) => {
    const top = section.path[0] ?? '';
    const hasDomain = top !== '';
    if (top !== domain) {
      domain = top;
      if (hasDomain) children.push(new Paragraph({ style: 'Heading1', pageBreakBefore: true, children: [new TextRun(top)] }));
    }
    // Sections outside any folder stand at the top level themselves.
    children.push(
      ...sectionToDocx(section, { labels, level: hasDomain ? 2 : 1, anchorPrefix: `s${i}_`, orderedNumbering: ORDERED, nextInstance: () => ++instance }),
    );
  });
  return Packer.pack(buildDocument(project, project.name, children), 'uint8array');
}
