import { useCallback, useId, useMemo, useState } from 'react';
import { commandTitleKey, isCommandId } from '../../shared/commands';
import type { CommandId } from '../../shared/commands';
import { useT } from '../i18n/I18nProvider';
import { recall, remember } from '../lib/remembered';
import type { CommandRegistry } from './command-registry';
import { shortcutLabel } from './commands';
import { Modal } from './Modal';
import { paletteItems, withRecent } from './palette-items';
import './command-palette.css';

interface CommandPaletteProps {
  registry: CommandRegistry;
  onRun(id: CommandId): void;
  onClose(): void;
}

const RECENT_KEY = 'palette.recent';

function loadRecent(): CommandId[] {
  try {
    const list: unknown = JSON.parse(recall(RECENT_KEY, '[]'));
    return Array.isArray(list) ? list.filter(isCommandId) : [];
  } catch {
    return [];
  }
}

/**
 * Every command with its shortcut, filtered as you type: arrows choose, Enter runs, Escape
 * closes. Commands that cannot run now stay listed, greyed, so they can still be found.
 */
export function CommandPalette({ registry, onRun, onClose }: CommandPaletteProps) {
  const { t } = useT();
  const title = useCallback((id: CommandId) => t(commandTitleKey(id)), [t]);
  const [query, setQuery] = useState('');
  const [recent] = useState(loadRecent);
  const items = useMemo(() => paletteItems(query, title, recent), [query, title, recent]);
  const [active, setActive] = useState<CommandId | null>(null);
  const listId = useId();
  const optionId = (id: CommandId) => `${listId}-${id}`;

  const enabled = items.filter((id) => registry.isEnabled(id));
  // The chosen item while it is still listed, else the first one that can run.
  const current = active && enabled.includes(active) ? active : (enabled[0] ?? null);

  const run = (id: CommandId) => {
    if (!registry.isEnabled(id)) return;
    remember(RECENT_KEY, JSON.stringify(withRecent(recent, id)));
    onRun(id);
  };

  const move = (delta: number) => {
    if (enabled.length === 0) return;
    const i = current ? enabled.indexOf(current) : -1;
    const next = enabled[(i + delta + enabled.length) % enabled.length];
    setActive(next);
    document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    switch (e.key) {
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowUp':
        move(-1);
        break;
      case 'PageDown':
        move(5);
        break;
      case 'PageUp':
        move(-5);
        break;
      case 'Enter':
        if (current) run(current);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <Modal title={t('command.palette.title')} onCancel={onClose} testId="command-palette" className="command-palette" hideTitle>
      <input
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current) : undefined}
        aria-label={t('command.palette.label')}
        placeholder={t('command.palette.placeholder')}
        className="palette-input"
        data-testid="palette-input"
        data-autofocus=""
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(null);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('command.palette.title')} className="palette-list" data-testid="palette-list">
        {items.map((id) => {
          const can = registry.isEnabled(id);
          return (
            // Keyboard use goes through the combobox above (aria-activedescendant); a click also works.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={id}
              id={optionId(id)}
              role="option"
              aria-selected={id === current}
              aria-disabled={!can}
              className={['palette-item', id === current && 'active', !can && 'disabled'].filter(Boolean).join(' ')}
              data-testid="palette-item"
              data-command={id}
              onMouseMove={() => can && id !== current && setActive(id)}
              onClick={() => run(id)}
            >
              <span className="palette-title">{title(id)}</span>
              {recent.includes(id) && <span className="palette-recent">{t('command.palette.recent')}</span>}
              <kbd className="palette-keys">{shortcutLabel(id)}</kbd>
            </li>
          );
        })}
      </ul>
      {items.length === 0 && <p className="palette-empty">{t('command.palette.none', { query })}</p>}
    </Modal>
  );
}
