// Pane sizes the person dragged, remembered between runs. They are this person's
// preference on this machine (localStorage, in the browser profile or Electron's user
// data folder), never project data, so a colleague's project file opens in your layout.
import { useCallback, useRef } from 'react';
import { useDefaultLayout } from 'react-resizable-panels';
import type { Layout, LayoutChangedMeta, LayoutStorage, PanelImperativeHandle } from 'react-resizable-panels';
import { recall, remember } from './remembered';

const storage: LayoutStorage = {
  getItem: (key) => recall(`layout.${key}`) || null,
  setItem: (key, value) => remember(`layout.${key}`, value),
};

/**
 * `defaultLayout` and `onLayoutChanged` for a `<Group>`: what the person chose last, saved
 * as they change it. A panel collapsed or expanded by a command (View menu, keys) is the
 * person's choice too, though the library sees only a call: `byCommand()` before it says so.
 */
export function useRememberedLayout(id: string) {
  const { defaultLayout, onLayoutChanged: save } = useDefaultLayout({ id, storage, onlySaveAfterUserInteractions: true });
  const commanded = useRef(false);
  const onLayoutChanged = useCallback(
    (layout: Layout, meta: LayoutChangedMeta) => {
      const asked = commanded.current;
      commanded.current = false;
      save(layout, asked ? { ...meta, isUserInteraction: true } : meta);
    },
    [save],
  );
  const byCommand = useCallback(() => {
    commanded.current = true;
  }, []);
  return { defaultLayout, onLayoutChanged, byCommand };
}

/**
 * Collapses an open panel or opens a collapsed one (the View menu's commands), keeping the
 * size it had open, also across runs, so it comes back as the person left it.
 */
export function togglePanel(panel: PanelImperativeHandle, id: string, fallbackSize: string, byCommand: () => void): 'expanded' | 'collapsed' {
  byCommand();
  if (panel.isCollapsed()) {
    panel.resize(recall(`layout.open-size.${id}`) || fallbackSize);
    return 'expanded';
  }
  remember(`layout.open-size.${id}`, `${panel.getSize().asPercentage}%`);
  panel.collapse();
  return 'collapsed';
}
