import type { VerdictCounts } from '../../../shared/dashboard-models';
import type { Verdict } from '../../../shared/models';
import { VERDICTS } from '../../../shared/models';
import { useT } from '../../i18n/I18nProvider';

interface Props {
  label: string;
  counts: VerdictCounts;
  total: number;
  /** The largest total of all bars, so bars are comparable. */
  scale: number;
  onSelect: (verdict: Verdict) => void;
  /** `lang` of the label when it is content (a domain name), not interface text. */
  labelLang?: string;
}

/** One stacked horizontal bar: a segment per verdict, each a button. */
export function VerdictBar({ label, counts, total, scale, onSelect, labelLang }: Props) {
  const { t, number } = useT();
  return (
    <div className="verdict-bar-row" data-testid="verdict-bar">
      <span className="verdict-bar-label" title={label} lang={labelLang}>
        {label}
      </span>
      <div className="verdict-bar" style={{ width: `${scale ? (100 * total) / scale : 0}%` }}>
        {VERDICTS.filter((v) => counts[v] > 0).map((v) => (
          <button
            key={v}
            type="button"
            className={`verdict-segment verdict-${v}`}
            style={{ flexGrow: counts[v] }}
            title={t('dashboard.segment.title', { label, verdict: t(`verdict.${v}`), count: counts[v] })}
            aria-label={t('dashboard.segment.label', { label, verdict: t(`verdict.${v}`), count: counts[v] })}
            onClick={() => onSelect(v)}
            data-testid={`segment-${v}`}
          >
            {number(counts[v])}
          </button>
        ))}
      </div>
      <span className="verdict-bar-total">{number(total)}</span>
    </div>
  );
}
