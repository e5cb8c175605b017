// Pane sizes the person dragged, remembered between runs. They are this person's
// preference on this machine (localStorage, in the browser profile or Electron's user
// data folder), never project data, so a colleague's project file opens in your layout.
import { useDefaultLayout } from 'react-resizable-panels';
import type { LayoutStorage } from 'react-resizable-panels';
import { recall, remember } from './remembered';

const storage: LayoutStorage = {
  getItem: (key) => recall(`layout.${key}`) || null,
  setItem: (key, value) => remember(`layout.${key}`, value),
};

/** `defaultLayout` and `onLayoutChanged` for a `<Group>`: what the person chose last, saved as they change it. */
export function useRememberedLayout(id: string) {
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({ id, storage, onlySaveAfterUserInteractions: true });
  return { defaultLayout, onLayoutChanged };
}
