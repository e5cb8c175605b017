// @vitest-environment jsdom
// F6 / Shift+F6 between the window's regions: in document order, wrapping, the innermost
// region around the focus counts, hidden regions are skipped, and a region is re-entered
// where its focus was last.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { moveFocusRegion, trackRegionFocus } from './focus-regions';

// jsdom lays nothing out: a region is "shown" unless it (or an ancestor) is marked hidden.
const shown = (el: HTMLElement) => !el.closest('[hidden], [data-collapsed]');
const stop = trackRegionFocus();
afterAll(stop);

beforeEach(() => {
  document.body.innerHTML = `
    <header data-focus-region="topbar"><button id="menu">Bestand</button></header>
    <div data-focus-region="tree"><input id="filter" /><button id="row" tabindex="-1">Zorg</button></div>
    <div data-focus-region="editor">
      <textarea id="body"></textarea>
      <div data-focus-region="panel"><button id="tab" role="tab">Problemen</button></div>
    </div>
    <div data-focus-region="preview"><div id="scroll" tabindex="-1" data-focus-start></div></div>
    <aside data-focus-region="drawer" hidden><button id="history">Geschiedenis</button></aside>`;
});

const focused = () => document.activeElement?.id;
const next = () => moveFocusRegion(1, { shown });
const previous = () => moveFocusRegion(-1, { shown });

describe('moveFocusRegion', () => {
  it('goes through the shown regions in order and wraps, backwards too', () => {
    document.getElementById('body')!.focus();
    next();
    expect(focused()).toBe('tab');
    next();
    expect(focused()).toBe('scroll');
    next();
    expect(focused()).toBe('menu');
    next();
    expect(focused()).toBe('filter');
    previous();
    expect(focused()).toBe('menu');
    previous();
    expect(focused()).toBe('scroll');
  });

  it('starts at the first region (or the last, backwards) when the focus is in none', () => {
    document.body.focus();
    next();
    expect(focused()).toBe('menu');
    document.body.focus();
    previous();
    expect(focused()).toBe('scroll');
  });

  it('skips collapsed regions and comes back to where the focus was in a region', () => {
    document.getElementById('row')!.focus();
    document.querySelector('[data-focus-region="panel"]')!.setAttribute('data-collapsed', '');
    next();
    expect(focused()).toBe('body');
    next();
    expect(focused()).toBe('scroll');
    previous();
    previous();
    expect(focused()).toBe('row');
  });

  it('enters a region the way it asks to (the editor: Monaco’s own focus)', () => {
    document.getElementById('filter')!.focus();
    let entered = 0;
    moveFocusRegion(1, { shown, enter: { editor: () => ++entered > 0 } });
    expect(entered).toBe(1);
    expect(focused()).toBe('filter');
  });
});
