import { getClient } from '../../api';
import type { ViewContext } from '../../app/extensions';
import { docs } from '../workbench/session/doc-registry';
import { HistoryDrawer } from './HistoryDrawer';

const saveTyping = () => docs.flushAll();

/** The history drawer beside the workbench, for the open section (a restore reaches the editor as a remote change). */
export function HistoryPanel({ sectionId, onClose }: ViewContext & { onClose(): void }) {
  return <HistoryDrawer client={getClient()} sectionId={sectionId} onClose={onClose} beforeRestore={saveTyping} />;
}
