// F6 / Shift+F6: the focus moves between the window's regions (top bar, section tree,
// editor, bottom panel, preview, a view, the history drawer), as in VS Code. A region is
// an element marked `data-focus-region`; regions that are hidden or collapsed are skipped.
// Coming back to a region puts the focus where it was in it last; else on the element
// marked `data-focus-start` (the preview's scroll area), its first control, or itself.
export const REGION_ATTR = 'data-focus-region';

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Shown with some room: a collapsed panel (0 px) or a hidden view is no place to go. */
export function isShown(el: HTMLElement): boolean {
  return !el.closest('[hidden]') && el.offsetWidth > 0 && el.offsetHeight > 0;
}

export interface RegionOptions {
  root?: ParentNode;
  shown?(el: HTMLElement): boolean;
  /** How a region is entered instead of the default (the editor: Monaco's own focus). */
  enter?: Partial<Record<string, () => boolean>>;
}

const lastFocus = new WeakMap<Element, HTMLElement>();

/** Remembers the last focused element of each region (call once; returns the way to stop). */
export function trackRegionFocus(doc: Document = document): () => void {
  const onFocus = (e: FocusEvent) => {
    const target = e.target;
    if (!(target instanceof HTMLElement)) return;
    const region = target.closest(`[${REGION_ATTR}]`);
    if (region) lastFocus.set(region, target);
  };
  doc.addEventListener('focusin', onFocus);
  return () => doc.removeEventListener('focusin', onFocus);
}

function enterRegion(region: HTMLElement, opts: RegionOptions): void {
  const shown = opts.shown ?? isShown;
  const enter = opts.enter?.[region.getAttribute(REGION_ATTR) ?? ''];
  if (enter && enter()) return;
  const last = lastFocus.get(region);
  if (last && region.contains(last) && shown(last)) return last.focus();
  const start = region.querySelector<HTMLElement>('[data-focus-start]');
  if (start && shown(start)) return start.focus();
  const first = [...region.querySelectorAll<HTMLElement>(FOCUSABLE)].find((el) => shown(el));
  if (first) return first.focus();
  if (!region.hasAttribute('tabindex')) region.tabIndex = -1;
  region.focus();
}

/** Moves the focus to the next (1) or previous (-1) region; the one holding the focus is the innermost around it. */
export function moveFocusRegion(step: 1 | -1, opts: RegionOptions = {}): void {
  const root = opts.root ?? document;
  const shown = opts.shown ?? isShown;
  const regions = [...root.querySelectorAll<HTMLElement>(`[${REGION_ATTR}]`)].filter(shown);
  if (regions.length === 0) return;
  const active = (root instanceof Document ? root : document).activeElement;
  // Regions nest (the bottom panel inside the centre); document order puts the inner one later.
  let at = -1;
  regions.forEach((r, i) => {
    if (active && r.contains(active)) at = i;
  });
  const next = at < 0 ? (step > 0 ? 0 : regions.length - 1) : (at + step + regions.length) % regions.length;
  enterRegion(regions[next], opts);
}
