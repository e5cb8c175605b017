import { useEffect, useId, useRef, useState } from 'react';
import './menu-button.css';

export interface MenuItem {
  key: string;
  label: string;
  /** Shown at the right of the item (a keyboard shortcut). */
  hint?: string;
  /** The tooltip (e.g. where exports go). */
  title?: string;
  disabled?: boolean;
  testId?: string;
  /** Starts a new group: a separator is drawn above it. */
  groupStart?: boolean;
  run(): void;
}

interface MenuButtonProps {
  label: string;
  items: MenuItem[];
  testId?: string;
}

/**
 * A menu button (WAI-ARIA menu button pattern): Enter, Space or ↓ opens it on the first
 * item, ↑/↓/Home/End move, Escape closes; the focus returns to the button before the
 * chosen command runs, so a dialog it opens hands the focus back to the button.
 */
export function MenuButton({ label, items, testId }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const itemsEls = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? [])];
  const focusItem = (index: number) => {
    const els = itemsEls();
    if (els.length > 0) els[(index + els.length) % els.length].focus();
  };

  useEffect(() => {
    if (!open) return;
    // The first item takes the focus when the menu opens.
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not([disabled])')?.focus();
    const onPointer = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!menu.current?.contains(t) && !button.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKeyDown = (e: React.KeyboardEvent) => {
    const els = itemsEls();
    const i = els.indexOf(document.activeElement as HTMLButtonElement);
    switch (e.key) {
      case 'ArrowDown':
        focusItem(i + 1);
        break;
      case 'ArrowUp':
        focusItem(i - 1);
        break;
      case 'Home':
        focusItem(0);
        break;
      case 'End':
        focusItem(els.length - 1);
        break;
      case 'Escape':
        e.stopPropagation();
        close(true);
        break;
      case 'Tab':
        close(false);
        return;
      default:
        return;
    }
    e.preventDefault();
  };

  const choose = (item: MenuItem) => {
    close(true);
    // After the menu is gone and the button has the focus again (see above).
    window.setTimeout(item.run, 0);
  };

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        className={open ? 'btn btn-bar menu-trigger active' : 'btn btn-bar menu-trigger'}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-testid={testId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label}
        <span className="menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <ul ref={menu} id={menuId} className="menu" role="menu" aria-label={label} onKeyDown={onMenuKeyDown}>
          {items.map((item) => (
            <li key={item.key} role="none" className={item.groupStart ? 'menu-group-start' : undefined}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="menu-item"
                disabled={item.disabled}
                title={item.title}
                data-testid={item.testId}
                onClick={() => choose(item)}
              >
                <span className="menu-label">{item.label}</span>
                {item.hint && <kbd className="menu-hint">{item.hint}</kbd>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
