import { getClient } from '../../api';
import type { ViewContext } from '../../app/extensions';
import { unsavedBlocking } from '../../app/unsaved-guard';
import { currentTranslator } from '../../i18n/current';
import { HistoryDrawer } from './HistoryDrawer';

// What was typed is saved before a restore replaces it; if it cannot be, nothing is restored.
const saveTyping = () => unsavedBlocking(currentTranslator().t);

/** The history drawer beside the workbench, for the open section (a restore reaches the editor as a remote change). */
export function HistoryPanel({ sectionId, onClose }: ViewContext & { onClose(): void }) {
  return <HistoryDrawer client={getClient()} sectionId={sectionId} onClose={onClose} beforeRestore={saveTyping} />;
}
