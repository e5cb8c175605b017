// Evidence rules (issue 4) that concern the section as a whole: does the verdict rest on
// cited decisions, is it still plausible after the term, is the agreement text the one
// imported, and does the text address the commitments the agreement marks.
// (The per-reference rule `reference-before-term` lives with the date checks.)

import type { CheckInput, Diagnostic } from '../../shared/models';
import type { Translator } from '../i18n';
import { sha256Hex } from '../util/sha256';
import { findCommitments, foldText, mentionOf } from './commitments';
import type { Commitment } from './commitments';
import { makeDiagnostic } from './diagnostic-messages';

export interface EvidenceContext {
  /** How many citations resolve to an entry of the reference list. */
  resolvedCitations: number;
  today: string;
  termEnd: string | null;
}

export function checkEvidence(tr: Translator, input: CheckInput, ctx: EvidenceContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const verdict = input.verdict;
  if ((verdict === 'kept' || verdict === 'partially-kept') && ctx.resolvedCitations === 0) {
    out.push(makeDiagnostic(tr, 'verdict-without-evidence', { verdict }, { severity: 'warning', fixes: [] }));
  }
  if (verdict === 'in-progress' && ctx.termEnd && ctx.today > ctx.termEnd) {
    out.push(makeDiagnostic(tr, 'verdict-in-progress-after-term', { verdict, termEnd: ctx.termEnd }, { severity: 'warning', fixes: [] }));
  }
  const agreement = input.agreement;
  if (agreement !== undefined && input.agreementChecksum && cachedSha256(agreement) !== input.agreementChecksum.toLowerCase()) {
    out.push(makeDiagnostic(tr, 'agreement-changed', {}, { severity: 'warning', fixes: [] }));
  }
  if (agreement) {
    const commitments = cachedCommitments(agreement);
    if (commitments.length > 0) {
      const folded = cachedFold(input.body);
      for (const commitment of commitments) {
        const mention = mentionOf(commitment, folded);
        if (mention.mentioned) continue;
        out.push(
          makeDiagnostic(
            tr,
            'commitment-not-mentioned',
            { commitment: shorten(commitment.text), found: mention.found, missing: mention.missing, keyWords: commitment.keyWords.length },
            { severity: 'info', agreementRange: { start: commitment.start, end: commitment.end }, fixes: [] },
          ),
        );
      }
    }
  }
  return out;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 90 ? flat.slice(0, 89).trimEnd() + '…' : flat;
}

// The live checker runs on every keystroke with the same agreement and a body that
// changed by a character; remembering the last answer keeps hashing and folding off
// that path without making the functions impure in any observable way.
function memoLast<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | null = null;
  let lastValue: T;
  return (text) => {
    if (text !== lastText) {
      lastValue = compute(text);
      lastText = text;
    }
    return lastValue;
  };
}

const cachedSha256 = memoLast(sha256Hex);
const cachedCommitments = memoLast<Commitment[]>(findCommitments);
const cachedFold = memoLast(foldText);
