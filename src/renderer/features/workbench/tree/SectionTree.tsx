import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { SectionSummary } from '../../../../shared/models';
import { VERDICT_LABELS, WORKFLOW_LABELS } from '../../../../shared/models';
import { shortcutLabel } from '../../../app/commands';
import { recall, remember } from '../../../lib/remembered';
import { ancestorKeys, visibleRows } from './build-tree';
import type { TreeRow } from './build-tree';
import './tree.css';

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

/** Memoised: the workbench re-renders on every keystroke, the tree needs to only when its data changes. */
export const SectionTree = memo(function SectionTree({ sections, selectedId, onOpen, focusFilterSignal, onCreate }: SectionTreeProps) {
  const [filter, setFilter] = useState('');
  const [collapsed, setCollapsed] = useState<Set<string>>(loadCollapsed);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const treeRef = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);

  const rows = useMemo(() => visibleRows(sections, filter, collapsed), [sections, filter, collapsed]);

  useEffect(() => {
    if (focusFilterSignal > 0) {
      filterRef.current?.focus();
      filterRef.current?.select();
    }
  }, [focusFilterSignal]);

  // Opening a section (from anywhere) reveals it: its folders open.
  const selected = sections.find((s) => s.id === selectedId);
  const selectedPath = selected?.path.join('\u0000');
  useEffect(() => {
    if (!selected) return;
    setCollapsed((c) => {
      const keys = ancestorKeys(selected.path).filter((k) => c.has(k));
      if (keys.length === 0) return c;
      const next = new Set(c);
      keys.forEach((k) => next.delete(k));
      return next;
    });
  }, [selectedId, selectedPath]);

  useEffect(() => {
    treeRef.current?.querySelector('.tree-row.selected')?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

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

  const focusRow = (key: string) => {
    setFocusKey(key);
    // Compared, not selected: folder keys hold characters a CSS selector cannot carry.
    requestAnimationFrame(() => [...(treeRef.current?.querySelectorAll<HTMLElement>('[data-key]') ?? [])].find((el) => el.dataset.key === key)?.focus());
  };

  const activeKey = focusKey && rows.some((r) => r.key === focusKey) ? focusKey : (selectedId ?? rows[0]?.key ?? null);

  const onTreeKeyDown = (e: React.KeyboardEvent) => {
    // The row that has the focus (it may have got it by a click or Tab, not by the arrows).
    const focused = (e.target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset.key ?? activeKey;
    const i = rows.findIndex((r) => r.key === focused);
    const row: TreeRow | undefined = rows[i];
    const move = (to: number) => {
      const r = rows[Math.max(0, Math.min(rows.length - 1, to))];
      if (r) focusRow(r.key);
    };
    switch (e.key) {
      case 'ArrowDown':
        move(i + 1);
        break;
      case 'ArrowUp':
        if (i <= 0) filterRef.current?.focus();
        else move(i - 1);
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
        if (row?.kind === 'section') onOpen(row.section.id);
        else if (row?.kind === 'folder') toggle(row.key);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const onFilterKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' && rows.length > 0) {
      e.preventDefault();
      focusRow(rows[0].key);
    } else if (e.key === 'Enter') {
      const first = rows.find((r) => r.kind === 'section');
      if (first?.kind === 'section') onOpen(first.section.id);
    } else if (e.key === 'Escape' && filter !== '') {
      e.stopPropagation();
      setFilter('');
    }
  };

  const sectionCount = rows.filter((r) => r.kind === 'section').length;

  return (
    <nav className="tree-pane" aria-label="Sections">
      <div className="tree-filter">
        <input
          ref={filterRef}
          type="search"
          placeholder={`Filter sections (${shortcutLabel('focus-filter')})`}
          aria-label="Filter sections"
          data-testid="filter"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={onFilterKeyDown}
        />
      </div>
      <div ref={treeRef} className="tree" role="tree" aria-label="Sections" data-testid="tree" onKeyDown={onTreeKeyDown}>
        {rows.map((row) =>
          row.kind === 'folder' ? (
            <div
              key={row.key}
              data-key={row.key}
              role="treeitem"
              aria-expanded={row.expanded}
              aria-level={row.depth + 1}
              tabIndex={row.key === activeKey ? 0 : -1}
              className="tree-row tree-folder"
              style={{ paddingLeft: `${0.5 + row.depth * 0.9}rem` }}
              data-testid="tree-folder"
              onFocus={() => setFocusKey(row.key)}
              onClick={() => {
                setFocusKey(row.key);
                toggle(row.key);
              }}
            >
              <span className={row.expanded ? 'twisty open' : 'twisty'} aria-hidden="true" />
              <span className="tree-label">{row.name}</span>
              <ProblemBadges error={row.problems.error} warning={row.problems.warning} />
              <span className="tree-count">{row.count}</span>
            </div>
          ) : (
            <div
              key={row.key}
              data-key={row.key}
              role="treeitem"
              aria-level={row.depth + 1}
              aria-selected={row.section.id === selectedId}
              tabIndex={row.key === activeKey ? 0 : -1}
              className={row.section.id === selectedId ? 'tree-row tree-section selected' : 'tree-row tree-section'}
              style={{ paddingLeft: `${0.5 + row.depth * 0.9 + 0.9}rem` }}
              data-testid="tree-item"
              data-section-id={row.section.id}
              onFocus={() => setFocusKey(row.key)}
              title={`${row.section.heading} — ${VERDICT_LABELS[row.section.verdict]}, ${WORKFLOW_LABELS[row.section.status]}`}
              onClick={() => {
                setFocusKey(row.key);
                onOpen(row.section.id);
              }}
            >
              <span className={`verdict-dot verdict-${row.section.verdict}`} aria-label={VERDICT_LABELS[row.section.verdict]} />
              <span className="tree-label">{row.section.name}</span>
              {row.section.status !== 'draft' && <span className={`status-chip status-${row.section.status}`}>{WORKFLOW_LABELS[row.section.status]}</span>}
              <ProblemBadges error={row.section.problems.error} warning={row.section.problems.warning} />
            </div>
          ),
        )}
        {rows.length === 0 && (
          <p className="tree-empty">{sections.length === 0 ? 'No sections yet. Import reports to start.' : 'No section matches the filter.'}</p>
        )}
      </div>
      <div className="tree-footer">
        <span>{filter ? `${sectionCount} of ${sections.length} sections` : `${sections.length} sections`}</span>
        {onCreate && (
          <button type="button" className="btn btn-small" data-testid="section-new" onClick={onCreate} title="Create a section by hand">
            + New section
          </button>
        )}
      </div>
    </nav>
  );
});

function ProblemBadges({ error, warning }: { error: number; warning: number }) {
  return (
    <span className="problem-badges">
      {error > 0 && (
        <span className="badge-count badge-error" title={`${error} error${error === 1 ? '' : 's'}`} data-testid="tree-errors">
          {error}
        </span>
      )}
      {warning > 0 && (
        <span className="badge-count badge-warning" title={`${warning} warning${warning === 1 ? '' : 's'}`} data-testid="tree-warnings">
          {warning}
        </span>
      )}
    </span>
  );
}
