// Evidence rules (issue 4) that concern the section as a whole: does the verdict rest on
// cited decisions, is it still plausible after the term, is the agreement text the one
// imported, and does the text address the commitments the agreement marks.
// (The per-reference rule `reference-before-term` lives with the date checks.)

import type { CheckInput, Diagnostic } from '../../shared/models';
import { VERDICT_LABELS } from '../../shared/models';
import { sha256Hex } from '../util/sha256';
import { findCommitments, foldText, mentionOf } from './commitments';
import type { Commitment } from './commitments';

export interface EvidenceContext {
  /** How many citations resolve to an entry of the reference list. */
  resolvedCitations: number;
  today: string;
  termEnd: string | null;
}

export function checkEvidence(input: CheckInput, ctx: EvidenceContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const verdict = input.verdict;
  if ((verdict === 'kept' || verdict === 'partially-kept') && ctx.resolvedCitations === 0) {
    out.push({
      code: 'verdict-without-evidence',
      severity: 'warning',
      message: `The verdict is “${VERDICT_LABELS[verdict]}”, but the text cites no reference from the list as evidence.`,
      fixes: [],
    });
  }
  if (verdict === 'in-progress' && ctx.termEnd && ctx.today > ctx.termEnd) {
    out.push({
      code: 'verdict-in-progress-after-term',
      severity: 'warning',
      message: `The verdict is “${VERDICT_LABELS[verdict]}”, but the term ended on ${ctx.termEnd}: the commitment was kept, partially kept or broken.`,
      fixes: [],
    });
  }
  const agreement = input.agreement;
  if (agreement !== undefined && input.agreementChecksum && cachedSha256(agreement) !== input.agreementChecksum.toLowerCase()) {
    out.push({
      code: 'agreement-changed',
      severity: 'warning',
      message: 'The agreement text differs from the text as imported; the agreement is quoted verbatim and should not be edited.',
      fixes: [],
    });
  }
  if (agreement) {
    const commitments = cachedCommitments(agreement);
    if (commitments.length > 0) {
      const folded = cachedFold(input.body);
      for (const commitment of commitments) {
        const mention = mentionOf(commitment, folded);
        if (mention.mentioned) continue;
        const total = commitment.keyWords.length;
        out.push({
          code: 'commitment-not-mentioned',
          severity: 'info',
          message:
            `The commitment “${shorten(commitment.text)}” does not seem to be addressed in the text: ` +
            `${String(mention.found.length)} of its ${String(total)} key word${total === 1 ? '' : 's'} occur` +
            ` (missing: ${mention.missing.join(', ')}).`,
          agreementRange: { start: commitment.start, end: commitment.end },
          fixes: [],
        });
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
