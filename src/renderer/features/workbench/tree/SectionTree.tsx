import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { SectionSummary } from '../../../../shared/models';
import { shortcutLabel } from '../../../app/commands';
import { folderLabel, sectionLabel } from '../../../../shared/section-label';
import { recall, remember } from '../../../lib/remembered';
import { ancestorKeys, findByPrefix, visibleRows } from './build-tree';
import type { TreeRow } from './build-tree';
import './tree.css';
import { CONTENT_LANG } from '../../../lib/content-lang';
import { useT } from '../../../i18n/I18nProvider';

interface SectionTreeProps {
  sections: readonly SectionSummary[];
  selectedId: string | null;
  onOpen(id: string): void;
  /** Focus requests from the Go to section command bump this number. */
  focusFilterSignal: number;
  /** Absent for a read-only project. */
  onCreate?(): void;
}

function loadCollapsed(): Set<string> {
  try {
    return new Set(JSON.parse(recall('tree.collapsed', '[]')) as string[]);
  } catch {
    return new Set();
  }
}

const ROW_HEIGHT = 26;
const TYPE_AHEAD_MS = 700;

/**
 * Memoised: the workbench re-renders on every keystroke, the tree needs to only when its data
 * changes. Virtualised: only the rows in view (and the one that has the focus) are in the DOM,
 * so a project of thousands of sections scrolls and filters at once. Each row carries its level,
 * position and set size, since its siblings may not be rendered.
 */
export const SectionTree = memo(function SectionTree({ sections, selectedId, onOpen, focusFilterSignal, onCreate }: SectionTreeProps) {
  const { t, number } = useT();
  const [filter, setFilter] = useState('');
  const [collapsed, setCollapsed] = useState<Set<string>>(loadCollapsed);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const treeRef = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  /** A row to focus once it is rendered (after a scroll brought it in). */
  const pendingFocus = useRef<string | null>(null);
  const typed = useRef({ text: '', at: 0 });

  // Opening a section (from anywhere) reveals it: its folders open. Adjusted while rendering,
  // when the selection changes, so the rows are right in the same pass.
  const selected = sections.find((s) => s.id === selectedId);
  const [revealed, setRevealed] = useState<string | null>(null);
  if (selected && revealed !== selected.id) {
    setRevealed(selected.id);
    const keys = ancestorKeys(selected.path).filter((k) => collapsed.has(k));
    if (keys.length > 0) {
      const next = new Set(collapsed);
      keys.forEach((k) => next.delete(k));
      setCollapsed(next);
    }
  }

  const rows = useMemo(() => visibleRows(sections, filter, collapsed), [sections, filter, collapsed]);
  const activeKey = focusKey && rows.some((r) => r.key === focusKey) ? focusKey : (selectedId ?? rows[0]?.key ?? null);
  const activeIndex = rows.findIndex((r) => r.key === activeKey);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => treeRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (i) => rows[i].key,
    // The row that takes the Tab stop stays rendered, so the focus is never lost to a scroll.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) indexes.push(activeIndex);
      return indexes.sort((x, y) => x - y);
    },
  });

  useEffect(() => {
    if (focusFilterSignal > 0) {
      filterRef.current?.focus();
      filterRef.current?.select();
    }
  }, [focusFilterSignal]);

  // A newly opened section scrolls into view once; later row changes leave the scroll alone.
  const selectedIndex = rows.findIndex((r) => r.kind === 'section' && r.section.id === selectedId);
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (selectedIndex < 0 || scrolledTo.current === selectedId) return;
    scrolledTo.current = selectedId;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedId, selectedIndex, virtualizer]);

  // A keyboard move asked for a row that a scroll has just brought in: focus it now.
  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    const el = rowElement(treeRef.current, key);
    if (el) {
      pendingFocus.current = null;
      el.focus({ preventScroll: true });
    }
  });

  const setCollapsedAndRemember = (next: Set<string>) => {
    setCollapsed(next);
    remember('tree.collapsed', JSON.stringify([...next]));
  };

  const toggle = (key: string, expand?: boolean) => {
    const next = new Set(collapsed);
    const isCollapsed = next.has(key);
    if (expand === true || (expand === undefined && isCollapsed)) next.delete(key);
    else next.add(key);
    setCollapsedAndRemember(next);
  };

  const focusRow = (index: number) => {
    const row = rows[index];
    if (!row) return;
    setFocusKey(row.key);
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const el = rowElement(treeRef.current, row.key);
    if (el) el.focus({ preventScroll: true });
    else pendingFocus.current = row.key;
  };

  const typeAhead = (char: string, from: number) => {
    const now = Date.now();
    const text = now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text + char : char;
    typed.current = { text, at: now };
    // Repeating one letter steps through the rows that start with it.
    const single = [...text].every((c) => c === char);
    const found = single ? findByPrefix(rows, from, char) : findByPrefix(rows, from - 1, text);
    if (found >= 0) focusRow(found);
  };

  const onTreeKeyDown = (e: React.KeyboardEvent) => {
    // The row that has the focus (it may have got it by a click or Tab, not by the arrows).
    const focused = (e.target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset.key ?? activeKey;
    const i = rows.findIndex((r) => r.key === focused);
    const row: TreeRow | undefined = rows[i];
    const page = Math.max(1, Math.floor((treeRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const move = (to: number) => focusRow(Math.max(0, Math.min(rows.length - 1, to)));
    switch (e.key) {
      case 'ArrowDown':
        move(i + 1);
        break;
      case 'ArrowUp':
        if (i <= 0) filterRef.current?.focus();
        else move(i - 1);
        break;
      case 'PageDown':
        move(i + page);
        break;
      case 'PageUp':
        move(i - page);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row?.kind === 'folder') {
          if (!row.expanded) toggle(row.key, true);
          else move(i + 1);
        }
        break;
      case 'ArrowLeft': {
        if (row?.kind === 'folder' && row.expanded && filter.trim() === '') {
          toggle(row.key, false);
        } else if (row) {
          // To the parent folder: the nearest row above with a smaller depth.
          for (let j = i - 1; j >= 0; j--) {
            if (rows[j].kind === 'folder' && rows[j].depth < row.depth) {
              move(j);
              break;
            }
          }
        }
        break;
      }
      case 'Enter':
      case ' ':
        if (e.key === ' ' && typed.current.text && Date.now() - typed.current.at < TYPE_AHEAD_MS) {
          typeAhead(' ', i);
          break;
        }
        if (row?.kind === 'section') onOpen(row.section.id);
        else if (row?.kind === 'folder') toggle(row.key);
        break;
      default:
        if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
          typeAhead(e.key, i);
          break;
        }
        return;
    }
    e.preventDefault();
  };

  const onFilterKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' && rows.length > 0) {
      e.preventDefault();
      focusRow(0);
    } else if (e.key === 'Enter') {
      const first = rows.find((r) => r.kind === 'section');
      if (first?.kind === 'section') onOpen(first.section.id);
    } else if (e.key === 'Escape' && filter !== '') {
      e.stopPropagation();
      setFilter('');
    }
  };

  const sectionCount = rows.filter((r) => r.kind === 'section').length;
  const filtering = filter.trim() !== '';

  const renderRow = (row: TreeRow, start: number) => {
    const folder = row.kind === 'folder';
    const isSelected = !folder && row.section.id === selectedId;
    return (
      // Keys are handled by the tree (roving focus).
      // eslint-disable-next-line jsx-a11y/click-events-have-key-events
      <div
        key={row.key}
        data-key={row.key}
        aria-level={row.depth + 1}
        aria-posinset={row.posInSet}
        aria-setsize={row.setSize}
        role="treeitem"
        tabIndex={row.key === activeKey ? 0 : -1}
        aria-expanded={folder ? row.expanded : undefined}
        aria-selected={isSelected}
        className={folder ? 'tree-row tree-folder' : isSelected ? 'tree-row tree-section selected' : 'tree-row tree-section'}
        style={{ transform: `translateY(${start}px)`, paddingLeft: `${0.5 + row.depth * 0.9 + (folder ? 0 : 0.9)}rem` }}
        data-testid={folder ? 'tree-folder' : 'tree-item'}
        data-section-id={folder ? undefined : row.section.id}
        title={folder ? undefined : `${sectionLabel(row.section)}\n${row.section.heading} — ${t(`verdict.${row.section.verdict}`)}, ${t(`workflow.${row.section.status}`)}`}
        onFocus={() => setFocusKey(row.key)}
        onClick={() => {
          setFocusKey(row.key);
          if (folder) toggle(row.key);
          else onOpen(row.section.id);
        }}
      >
        {folder ? (
          <>
            <span className={row.expanded ? 'twisty open' : 'twisty'} aria-hidden="true" />
            <span className="tree-label" lang={CONTENT_LANG}>
              {row.name}
            </span>
            <ProblemBadges error={row.problems.error} warning={row.problems.warning} />
            <span className="tree-count">{number(row.count)}</span>
          </>
        ) : (
          <>
            <span className={`verdict-dot verdict-${row.section.verdict}`} aria-label={t(`verdict.${row.section.verdict}`)} />
            <span className="tree-label" lang={CONTENT_LANG}>
              {row.section.name}
            </span>
            {/* Filtered, rows of many folders stand together: each says where it is (twenty are named "Uitdagingen en visie"). */}
            {filtering && row.section.path.length > 0 && (
              <span className="tree-path" lang={CONTENT_LANG} data-testid="tree-item-path">
                {folderLabel(row.section.path)}
              </span>
            )}
            {row.section.status !== 'draft' && <span className={`status-chip status-${row.section.status}`}>{t(`workflow.${row.section.status}`)}</span>}
            <ProblemBadges error={row.section.problems.error} warning={row.section.problems.warning} />
          </>
        )}
      </div>
    );
  };

  return (
    <nav className="tree-pane" aria-label={t('workbench.tree.label')}>
      <div className="tree-filter">
        <input
          ref={filterRef}
          type="search"
          placeholder={t('workbench.tree.filter', { shortcut: shortcutLabel('focus-filter') })}
          aria-label={t('workbench.tree.filter.label')}
          data-testid="filter"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={onFilterKeyDown}
        />
      </div>
      {/* Roving focus: the rows take the focus, the tree handles their keys (WAI-ARIA tree pattern). */}
      {/* eslint-disable-next-line jsx-a11y/interactive-supports-focus */}
      <div ref={treeRef} className="tree" role="tree" aria-label={t('workbench.tree.label')} data-testid="tree" onKeyDown={onTreeKeyDown}>
        <div className="tree-rows" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => renderRow(rows[item.index], item.start))}
        </div>
      </div>
      {rows.length === 0 && (
        <p className="tree-empty">{sections.length === 0 ? t('workbench.tree.empty') : t('workbench.tree.noMatch')}</p>
      )}
      <div className="tree-footer">
        <span>{filter ? t('workbench.tree.countFiltered', { shown: sectionCount, count: sections.length }) : t('workbench.tree.count', { count: sections.length })}</span>
        {onCreate && (
          <button type="button" className="btn btn-small" data-testid="section-new" onClick={onCreate} title={t('workbench.tree.new.title')}>
            {t('workbench.tree.new')}
          </button>
        )}
      </div>
    </nav>
  );
});

/** A rendered row by key; compared, not selected: folder keys hold characters a CSS selector cannot carry. */
function rowElement(tree: HTMLElement | null, key: string): HTMLElement | undefined {
  return [...(tree?.querySelectorAll<HTMLElement>('[data-key]') ?? [])].find((el) => el.dataset.key === key);
}

function ProblemBadges({ error, warning }: { error: number; warning: number }) {
  const { t } = useT();
  return (
    <span className="problem-badges">
      {error > 0 && (
        <span className="badge-count tone-error" title={t('workbench.tree.errors', { count: error })} data-testid="tree-errors">
          {error}
        </span>
      )}
      {warning > 0 && (
        <span className="badge-count tone-warning" title={t('workbench.tree.warnings', { count: warning })} data-testid="tree-warnings">
          {warning}
        </span>
      )}
    </span>
  );
}
