import { useCallback, useState } from 'react';
import { recall, remember } from '../lib/remembered';
import './splitter.css';

/** A size in pixels that the user drags and that is remembered between runs. */
export function usePaneSize(key: string, initial: number, min: number, max: number): [number, (px: number) => void] {
  const [size, setSize] = useState(() => {
    const v = Number(recall(`pane.${key}`, String(initial)));
    return Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : initial;
  });
  const set = useCallback(
    (px: number) => {
      const v = Math.round(Math.min(max, Math.max(min, px)));
      setSize(v);
      remember(`pane.${key}`, String(v));
    },
    [key, min, max],
  );
  return [size, set];
}

interface SplitterProps {
  /** `x`: drag left/right (column widths); `y`: drag up/down (row heights). */
  axis: 'x' | 'y';
  size: number;
  onResize(px: number): void;
  /** +1 when dragging right/down grows the pane, -1 when it shrinks it. */
  direction: 1 | -1;
  label: string;
}

/** A drag handle between panes; arrow keys move it too. */
export function Splitter({ axis, size, onResize, direction, label }: SplitterProps) {
  const onPointerDown = (e: React.PointerEvent) => {
    e.preventDefault();
    const start = axis === 'x' ? e.clientX : e.clientY;
    const startSize = size;
    const target = e.currentTarget as HTMLElement;
    target.setPointerCapture(e.pointerId);
    document.body.classList.add(axis === 'x' ? 'resizing-x' : 'resizing-y');
    const move = (ev: PointerEvent) => onResize(startSize + direction * ((axis === 'x' ? ev.clientX : ev.clientY) - start));
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      document.body.classList.remove('resizing-x', 'resizing-y');
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = e.shiftKey ? 40 : 10;
    const grow: Record<string, number> = axis === 'x' ? { ArrowRight: 1, ArrowLeft: -1 } : { ArrowDown: 1, ArrowUp: -1 };
    const d = grow[e.key];
    if (d) {
      e.preventDefault();
      onResize(size + d * direction * step);
    }
  };
  return (
    // A focusable separator is the ARIA window-splitter pattern: arrow keys move it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className={`splitter splitter-${axis}`}
      role="separator"
      aria-orientation={axis === 'x' ? 'vertical' : 'horizontal'}
      aria-label={label}
      aria-valuenow={size}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
