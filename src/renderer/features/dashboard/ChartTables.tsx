import type { DashboardData } from '../../../shared/dashboard-models';
import { VERDICTS } from '../../../shared/models';
import { useT } from '../../i18n/I18nProvider';
import { CONTENT_LANG } from '../../lib/content-lang';

// The charts' text alternative (WCAG 1.1.1): the same numbers as a table, one click (or
// Enter) away for everyone, and a real table for screen readers.

export function VerdictTable({ data }: { data: DashboardData }) {
  const { t, number } = useT();
  return (
    <details className="chart-table" data-testid="verdict-table">
      <summary>{t('a11y.chart.showTable')}</summary>
      <table>
        <caption>{t('a11y.chart.verdicts.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('a11y.chart.domain')}</th>
            {VERDICTS.map((v) => (
              <th scope="col" key={v}>
                {t(`verdict.${v}`)}
              </th>
            ))}
            <th scope="col">{t('a11y.chart.total')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('a11y.chart.project')}</th>
            {VERDICTS.map((v) => (
              <td key={v}>{number(data.counts[v])}</td>
            ))}
            <td>{number(data.sectionCount)}</td>
          </tr>
          {data.domains.map((d) => (
            <tr key={d.domain}>
              <th scope="row" lang={CONTENT_LANG}>
                {d.domain}
              </th>
              {VERDICTS.map((v) => (
                <td key={v}>{number(d.counts[v])}</td>
              ))}
              <td>{number(d.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function YearTable({ rows }: { rows: DashboardData['citedPerYear'] }) {
  const { t, number } = useT();
  if (rows.length === 0) return null;
  return (
    <details className="chart-table" data-testid="year-table">
      <summary>{t('a11y.chart.showTable')}</summary>
      <table>
        <caption>{t('a11y.chart.years.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('a11y.chart.year')}</th>
            <th scope="col">{t('a11y.chart.decisions')}</th>
            <th scope="col">{t('a11y.chart.sections')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              <td>{number(r.count)}</td>
              <td>{number(r.sectionIds.length)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
