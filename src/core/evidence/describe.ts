// Why a decision is suggested, in words: the same sentences in the Evidence panel and in
// `pwb suggest`.
import type { Translator } from '../i18n';
import type { EvidenceReasonView } from '../../shared/evidence-models';

const SHORT = 90;

export function shorten(text: string, max = SHORT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

export function describeReason(tr: Translator, r: EvidenceReasonView): string {
  switch (r.kind) {
    case 'commitment':
      return tr.t('evidence.reason.commitment', { text: shorten(r.text) });
    case 'agreement':
      return r.excerpt === null ? tr.t('evidence.reason.agreement') : tr.t('evidence.reason.agreementSentence', { excerpt: shorten(r.excerpt) });
    case 'heading':
      return tr.t('evidence.reason.heading');
    case 'body':
      return tr.t('evidence.reason.body');
    case 'cited':
      return r.number === null ? tr.t('evidence.reason.citedByLink', { title: shorten(r.title, 70) }) : tr.t('evidence.reason.cited', { number: String(r.number), title: shorten(r.title, 70) });
  }
}

/** All reasons of a suggestion as one line. */
export function describeReasons(tr: Translator, reasons: readonly EvidenceReasonView[]): string {
  return reasons.map((r) => describeReason(tr, r)).join('; ');
}
