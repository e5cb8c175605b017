// Tab in a prose editor moves the focus on by default (Monaco's tab-focus mode), so a
// keyboard user cannot indent a heading into a code block without noticing. Ctrl+M
// switches it for every editor, says so, and is remembered; indentation stays reachable
// through Monaco's indent command (Ctrl+]) and, with the mode off, through Tab.
import { announce } from '../../../app/announcer';
import { recall, remember } from '../../../lib/remembered';
import { monaco } from './monaco';

const KEY = 'editor.tabMovesFocus';
type Listener = (on: boolean) => void;
const listeners = new Set<Listener>();

export function tabMovesFocus(): boolean {
  return recall(KEY, '1') === '1';
}

export function setTabMovesFocus(on: boolean): void {
  remember(KEY, on ? '1' : '0');
  for (const l of listeners) l(on);
}

export function onTabFocusChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export interface TabFocusTexts {
  /** The command's name (context menu, F1). */
  toggle: string;
  /** What is announced after the switch. */
  on: string;
  off: string;
}

/** Switches the mode and announces what Tab does now. */
export function toggleTabMovesFocus(texts: Pick<TabFocusTexts, 'on' | 'off'>): void {
  const on = !tabMovesFocus();
  setTabMovesFocus(on);
  announce(on ? texts.on : texts.off);
}

/** Puts an editor in the shared mode, follows changes and binds Ctrl+M; dispose with the editor. */
export function bindTabFocus(editor: monaco.editor.IStandaloneCodeEditor, texts: TabFocusTexts): monaco.IDisposable {
  editor.updateOptions({ tabFocusMode: tabMovesFocus() });
  const off = onTabFocusChange((on) => editor.updateOptions({ tabFocusMode: on }));
  const action = editor.addAction({
    id: 'pwb.toggleTabFocusMode',
    label: texts.toggle,
    keybindings: [monaco.KeyMod.WinCtrl | monaco.KeyCode.KeyM],
    run: () => toggleTabMovesFocus(texts),
  });
  return { dispose: () => (off(), action.dispose()) };
}
