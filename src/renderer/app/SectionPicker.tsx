import { useMemo, useState } from 'react';
import type { SectionSummary } from '../../shared/models';
import { folderLabel } from '../../shared/section-label';
import { matchesQuery } from '../lib/normalize';
import { useT } from '../i18n/I18nProvider';
import { Modal } from './Modal';
import './section-picker.css';

const MAX_SHOWN = 200;

interface SectionPickerProps {
  title: string;
  sections: readonly SectionSummary[];
  onPick(id: string): void;
  onCancel(): void;
}

/**
 * Choose a section by typing part of its name or folders. Every row shows the section's
 * folders, so the twenty sections named alike ("Uitdagingen en visie") can be told apart.
 */
export function SectionPicker({ title, sections, onPick, onCancel }: SectionPickerProps) {
  const { t } = useT();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => sections.filter((s) => matchesQuery([...s.path, s.name].join(' '), query)), [sections, query]);
  const shown = matches.slice(0, MAX_SHOWN);
  const current = Math.min(active, shown.length - 1);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.max(0, Math.min(shown.length - 1, Math.min(a, shown.length - 1) + step)));
    } else if (e.key === 'Enter' && shown[current]) {
      e.preventDefault();
      onPick(shown[current].id);
    }
  };

  return (
    <Modal title={title} onCancel={onCancel} testId="section-picker" wide>
      <input
        type="search"
        className="section-picker-filter"
        data-testid="section-picker-filter"
        placeholder={t('cite.pick.filter')}
        aria-label={t('cite.pick.filter')}
        aria-controls="section-picker-list"
        aria-activedescendant={shown[current] ? `section-picker-${shown[current].id}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p className="section-picker-count" aria-live="polite">
        {t('cite.pick.count', { count: matches.length })}
      </p>
      <ul className="section-picker-list" id="section-picker-list" role="listbox" aria-label={title}>
        {shown.map((s, i) => (
          <li
            key={s.id}
            id={`section-picker-${s.id}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? 'active' : undefined}
            data-testid="section-picker-item"
            onMouseMove={() => setActive(i)}
            onClick={() => onPick(s.id)}
            // The filter field drives the list from the keyboard (aria-activedescendant); an option is never focused itself.
            onKeyDown={(e) => e.key === 'Enter' && onPick(s.id)}
          >
            <span className="section-picker-name">{s.name}</span>
            {s.path.length > 0 && <span className="section-picker-path">{folderLabel(s.path)}</span>}
          </li>
        ))}
      </ul>
      {matches.length === 0 && <p className="field-hint">{t('cite.pick.none')}</p>}
    </Modal>
  );
}
