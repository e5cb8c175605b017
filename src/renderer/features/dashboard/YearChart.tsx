import type { YearRow } from '../../../shared/dashboard-models';
import { useT } from '../../i18n/I18nProvider';

interface Props {
  rows: YearRow[];
  onSelect: (row: YearRow) => void;
}

const HEIGHT = 140;

/** Cited decisions per year as a column chart; each column is a button. */
export function YearChart({ rows, onSelect }: Props) {
  const { t, number } = useT();
  if (rows.length === 0) return <p className="dashboard-empty">{t('dashboard.years.none')}</p>;
  const max = Math.max(...rows.map((r) => r.count));
  return (
    <ul className="year-chart" data-testid="year-chart">
      {rows.map((r) => (
        <li key={r.year} className="year-item">
        <button
          type="button"
          className="year-column"
          onClick={() => onSelect(r)}
          title={t('dashboard.year.title', { year: String(r.year), count: r.count, sections: r.sectionIds.length })}
          data-testid={`year-${r.year}`}
        >
          <span className="year-count">{number(r.count)}</span>
          <span className="year-bar" style={{ height: Math.max(2, (HEIGHT * r.count) / max) }} />
          <span className="year-label">{r.year}</span>
        </button>
        </li>
      ))}
    </ul>
  );
}
