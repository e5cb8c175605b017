// evidence.*: the evidence finder (issue 9) over the project's decision library.
// The ranking itself is pure (src/core/evidence); this file resolves what the section
// cites and hides to library documents, applies the filters, and dresses the result
// with titles, snippets and reference numbers.
import { decisionIdentity } from '../../../core/evidence/identity';
import { classifyDomains } from '../../../core/evidence/domains';
import { commitmentCoverage, suggestEvidence } from '../../../core/evidence/suggest';
import type { EvidenceReason, EvidenceSuggestion } from '../../../core/evidence/suggest';
import { markMatches, snippetOf } from '../../../core/search';
import type { SearchIndex } from '../../../core/search';
import { TOP_LEVEL_DOMAIN } from '../../../core/dashboard/summarize';
import type { ParsedArgsOf, Services } from '../../../shared/api';
import type { EvidenceFilters } from '../../../shared/api/evidence';
import type { CommitmentEvidenceView, CoverageView, EvidenceReasonView, EvidenceSuggestionView, EvidenceView } from '../../../shared/evidence-models';
import type { Decision, Reference, Section } from '../../../shared/models';
import { AppException } from '../errors';
import type { ProjectStore } from '../store/types';
import { requireSession } from './context';
import type { BackendContext, ProjectSession } from './context';

type EvidenceServices = Pick<Services, 'evidence.suggest' | 'evidence.dismiss' | 'evidence.restore' | 'evidence.dismissed' | 'evidence.coverage'>;

const DEFAULT_LIMIT = 20;

export function evidenceServices(ctx: BackendContext): EvidenceServices {
  return {
    'evidence.suggest': (args) => suggestFor(requireSession(ctx), args),

    'evidence.dismiss': ({ sectionId, key }) => {
      const session = requireSession(ctx);
      const store = session.requireWritable();
      requireSection(session, sectionId);
      const decision = store.getDecision(key);
      if (!decision) throw new AppException('not-found', `No decision with key ${key} in the library.`, { key });
      store.addDismissal({ sectionId, decision: decisionIdentity(decision), title: decision.title || excerpt(decision.text), dismissedAt: new Date().toISOString() });
      return { dismissed: store.listDismissals(sectionId).length };
    },

    'evidence.restore': ({ sectionId, decision }) => {
      const store = requireSession(ctx).requireWritable();
      store.removeDismissal(sectionId, decision);
      return { dismissed: store.listDismissals(sectionId).length };
    },

    'evidence.dismissed': ({ sectionId }) => {
      const store = requireSession(ctx).store;
      const list = store.listDismissals(sectionId);
      const keys = store.decisionKeysByIdentity(list.map((d) => d.decision));
      return list.map((d) => ({ decision: d.decision, title: d.title, dismissedAt: d.dismissedAt, key: keys.get(d.decision) ?? null }));
    },

    'evidence.coverage': () => coverage(requireSession(ctx)),
  };
}

export function requireSection(session: ProjectSession, id: string): Section {
  const section = session.section(id);
  if (!section) throw new AppException('not-found', `No section with id "${id}" in this project.`, { id });
  return section;
}

export function suggestFor(session: ProjectSession, args: ParsedArgsOf<'evidence.suggest'>): EvidenceView {
  const started = performance.now();
  const stored = requireSection(session, args.sectionId);
  const section = args.draft ? { ...stored, body: args.draft.body, references: args.draft.references } : stored;
  const store = session.store;
  const libraryCount = store.decisionCount();
  const info = store.info();
  const index = store.decisionIndex();
  const cited = citedDocs(store, index, section.references);
  const dismissals = store.listDismissals(section.id);
  const hiddenKeys = store.decisionKeysByIdentity(dismissals.map((d) => d.decision));
  const dismissed = [...hiddenKeys.values()].map((k) => index.docOf(k)).filter((d) => d >= 0);
  const filters: EvidenceFilters = args.filters ?? {};
  const termKnown = info.termStart !== null || info.termEnd !== null;
  const applyTerm = termKnown && filters.term !== false;
  const domains = domainNames(session);
  const inDomain = filters.domain ? domainFilter(session, index, filters.domain) : null;
  const admit = (doc: number) => {
    const date = index.dates[doc];
    if (applyTerm && date !== null && ((info.termStart !== null && date < info.termStart) || (info.termEnd !== null && date > info.termEnd))) return false;
    if ((filters.from || filters.to) && (date === null || (filters.from && date < filters.from) || (filters.to && date > filters.to))) return false;
    return inDomain === null || inDomain(doc);
  };

  const result = suggestEvidence(index, {
    section,
    cited: [...cited.keys()],
    dismissed,
    from: args.from ?? 'all',
    limit: args.limit ?? DEFAULT_LIMIT,
    admit,
  });
  const keys = new Set<number>();
  for (const s of result.suggestions) keys.add(index.keys[s.doc]);
  for (const c of result.commitments) for (const s of c.suggestions) keys.add(index.keys[s.doc]);
  const rows = store.decisionsByKeys([...keys]);
  const commitments = result.commitments;
  const view = (s: EvidenceSuggestion): EvidenceSuggestionView[] => {
    const row = rows.get(index.keys[s.doc]);
    if (!row) return [];
    const terms = new Set(s.terms);
    return [
      {
        key: row.key,
        id: row.id,
        date: row.date,
        meetingStart: row.meetingStart,
        title: row.title,
        url: row.url,
        titleMarked: markMatches(index, row.title, terms),
        snippet: snippetOf(index, row.text, terms),
        score: Math.round(s.score * 1e6) / 1e6,
        reasons: s.reasons.map((r) => reasonView(r, commitments, cited, index)),
      },
    ];
  };
  const commitmentViews: CommitmentEvidenceView[] = commitments.map((c, i) => ({
    index: i,
    text: c.text,
    start: c.start,
    end: c.end,
    supporting: c.supporting.map((d) => {
      const ref = cited.get(d)!;
      return { key: index.keys[d], number: ref.number, title: ref.title };
    }),
    suggestions: c.suggestions.flatMap(view),
  }));
  return {
    sectionId: section.id,
    suggestions: result.suggestions.flatMap(view),
    commitments: commitmentViews,
    libraryCount,
    references: section.references.length,
    referencesInLibrary: cited.size,
    term: { start: info.termStart, end: info.termEnd, applied: applyTerm },
    domains,
    dismissed: dismissals.length,
    tookMs: Math.round((performance.now() - started) * 1000) / 1000,
  };
}

/** Library documents the references point at (by exact link), with the first reference citing each. */
function citedDocs(store: ProjectStore, index: SearchIndex, references: readonly Reference[]): Map<number, { number: number; title: string }> {
  const urls = references.map((r) => r.url).filter((u): u is string => !!u);
  const found = urls.length > 0 ? store.decisionsByUrl(urls) : {};
  const out = new Map<number, { number: number; title: string }>();
  for (const r of references) {
    const d: Decision | undefined = r.url ? found[r.url] : undefined;
    const doc = d ? index.docOf(d.key) : -1;
    if (doc >= 0 && !out.has(doc)) out.set(doc, { number: r.number, title: d!.title || r.title });
  }
  return out;
}

function reasonView(r: EvidenceReason, commitments: { text: string }[], cited: Map<number, { number: number; title: string }>, index: SearchIndex): EvidenceReasonView {
  switch (r.kind) {
    case 'commitment':
      return { kind: 'commitment', commitment: r.commitment, text: commitments[r.commitment]?.text ?? '' };
    case 'cited': {
      const ref = cited.get(r.doc);
      return { kind: 'cited', number: ref?.number ?? null, title: ref?.title ?? index.titles[r.doc] };
    }
    default:
      return r;
  }
}

// ---- domains -------------------------------------------------------------------------

function domainOf(s: Section): string {
  return s.path[0] ?? TOP_LEVEL_DOMAIN;
}

function domainNames(session: ProjectSession): string[] {
  return [...new Set(session.sections().map(domainOf))].sort((a, b) => a.localeCompare(b));
}

/** The classification is cached per library index and section listing (both replaced on any change). */
const domainCache = new WeakMap<SearchIndex, { sections: Section[]; names: string[]; assignment: Int16Array }>();

function domainFilter(session: ProjectSession, index: SearchIndex, domain: string): (doc: number) => boolean {
  const sections = session.sections();
  let cached = domainCache.get(index);
  if (!cached || cached.sections !== sections) {
    const names = domainNames(session);
    const store = session.store;
    const profiles = names.map((name) => {
      const members = sections.filter((s) => domainOf(s) === name);
      return {
        name,
        sources: members.flatMap((s) => [
          { text: s.agreement, weight: 1 },
          { text: `${s.heading} ${s.name}`, weight: 2 },
        ]),
        cited: [...new Set(members.flatMap((s) => [...citedDocs(store, index, s.references).keys()]))],
      };
    });
    cached = { sections, names, assignment: classifyDomains(index, profiles) };
    domainCache.set(index, cached);
  }
  const wanted = cached.names.indexOf(domain);
  if (wanted < 0) throw new AppException('bad-request', `There is no domain "${domain}" in this project; domains are the top folders of the tree.`);
  const assignment = cached.assignment;
  return (doc) => assignment[doc] === wanted;
}

// ---- coverage ------------------------------------------------------------------------

function coverage(session: ProjectSession): CoverageView {
  const store = session.store;
  const index = store.decisionIndex();
  const sections: CoverageView['sections'] = [];
  let commitments = 0;
  let uncovered = 0;
  for (const s of session.sections()) {
    if (!s.agreement.includes('[')) continue;
    const found = commitmentCoverage(index, s, [...citedDocs(store, index, s.references).keys()]);
    if (found.length === 0) continue;
    commitments += found.length;
    uncovered += found.filter((c) => c.supporting.length === 0).length;
    sections.push({ sectionId: s.id, path: s.path, name: s.name, commitments: found.map((c) => ({ text: c.text, supporting: c.supporting.length })) });
  }
  return { sections, commitments, uncovered, libraryCount: store.decisionCount() };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}
