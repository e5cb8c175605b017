// How well the evidence finder suggests what the fixture reports really cite (issue 9).
// For each report: hide its references and suggest from the agreement alone (heading,
// tree path, agreement text): recall@20 of the decisions it cites. Then reveal half of
// them (every other reference, in list order) and measure recall@20 of the other half —
// from the agreement plus the revealed citations ("more like these"), without the body,
// which was written knowing every reference. The ablation switches each part off in turn.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestEvidence } from '../src/core/evidence/suggest';
import type { EvidencePart, EvidenceSection } from '../src/core/evidence/suggest';
import { SearchIndex } from '../src/core/search';
import { fixtureDocs } from '../src/core/search/testing';
import { readFixtureReports } from './generate-reports';

interface Case {
  name: string;
  section: EvidenceSection;
  cited: number[];
}

export interface RecallFigures {
  variant: string;
  /** Mean over reports of recall@20 from the agreement alone. */
  agreementOnly: number;
  /** Mean over reports of recall@20 of the hidden half, with the other half cited. */
  halfRevealed: number;
  /** The same, with the body too (it was written knowing every reference: an upper bound). */
  halfRevealedWithBody: number;
}

function cases(fixtures: string, keyByUrl: Map<string, number>, index: SearchIndex): Case[] {
  return readFixtureReports(join(fixtures, 'reports')).map(({ name, path, report: r }) => ({
    name,
    section: { path, name, heading: r.heading, agreement: r.agreement, body: r.body },
    cited: [...new Set(r.references.map((ref) => index.docOf(keyByUrl.get(ref.url ?? '') ?? -1)).filter((d) => d >= 0))],
  }));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function recall(index: SearchIndex, c: Case, without: EvidencePart[], reveal: boolean, body: boolean): number {
  const shown = reveal ? c.cited.filter((_, i) => i % 2 === 0) : [];
  const hidden = reveal ? c.cited.filter((_, i) => i % 2 === 1) : c.cited;
  if (hidden.length === 0) return NaN;
  const section = body ? c.section : { ...c.section, body: '' };
  const r = suggestEvidence(index, { section, cited: shown, dismissed: [], from: 'all', limit: 20, without });
  const got = new Set(r.suggestions.map((s) => s.doc));
  return hidden.filter((d) => got.has(d)).length / hidden.length;
}

export function measureEvidenceQuality(fixtures: string): { reports: number; cited: number; rows: RecallFigures[] } {
  const docs = fixtureDocs(readFileSync(join(fixtures, 'decisions', 'decisions-sample.jsonl'), 'utf8'));
  const index = new SearchIndex(docs);
  const keyByUrl = new Map(docs.filter((d) => d.url).map((d) => [d.url!, d.key]));
  const all = cases(fixtures, keyByUrl, index);
  const variants: [string, EvidencePart[]][] = [
    ['everything', []],
    ['without per-commitment/sentence queries', ['aspects']],
    ['without the whole-agreement query', ['whole']],
    ['without heading and tree path', ['context']],
    ['without "more like these"', ['feedback']],
  ];
  const rows = variants.map(([variant, without]) => ({
    variant,
    agreementOnly: mean(all.map((c) => recall(index, c, without, false, false))),
    halfRevealed: mean(all.map((c) => recall(index, c, without, true, false)).filter((x) => !Number.isNaN(x))),
    halfRevealedWithBody: mean(all.map((c) => recall(index, c, without, true, true)).filter((x) => !Number.isNaN(x))),
  }));
  return { reports: all.length, cited: all.reduce((n, c) => n + c.cited.length, 0), rows };
}
