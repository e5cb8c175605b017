import { useState } from 'react';
import { getClient } from '../../api';
import type { ViewContext } from '../../app/extensions';
import { unsavedBlocking } from '../../app/unsaved-guard';
import { currentTranslator } from '../../i18n/current';
import { MergeView } from './MergeView';

// What was typed is saved before a merge reads or replaces sections; if it cannot be, the merge waits.
const saveTyping = () => unsavedBlocking(currentTranslator().t);

/** The merge as a top-level view; "Done" starts over for the next file. */
export function MergePage(_ctx: ViewContext) {
  const [round, setRound] = useState(0);
  return <MergeView key={round} client={getClient()} beforeMerge={saveTyping} onDone={() => setRound((n) => n + 1)} />;
}
