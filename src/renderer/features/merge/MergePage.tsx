import { useState } from 'react';
import { getClient } from '../../api';
import type { ViewContext } from '../../app/extensions';
import { docs } from '../workbench/session/doc-registry';
import { MergeView } from './MergeView';

const saveTyping = () => docs.flushAll();

/** The merge as a top-level view; "Done" starts over for the next file. */
export function MergePage(_ctx: ViewContext) {
  const [round, setRound] = useState(0);
  return <MergeView key={round} client={getClient()} beforeMerge={saveTyping} onDone={() => setRound((n) => n + 1)} />;
}
