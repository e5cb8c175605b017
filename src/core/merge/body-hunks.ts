// Turning a body conflict's hunks into text: one side, both, or with conflict markers
// for a person to edit. Shared by the merge view, the command line and the backend.
import type { BodyHunk } from '../../shared/merge-models';

export type HunkPick = 'mine' | 'theirs' | 'both';

const withNewline = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

/** The body with every conflicting hunk taken from one side (`both`: mine, then theirs). */
export function composeBody(hunks: readonly BodyHunk[], pick: HunkPick): string {
  return hunks
    .map((h, i) => {
      if (h.kind === 'same') return h.text;
      if (pick !== 'both') return h[pick];
      // Keep the two parts on separate lines even when mine ends the body without a newline.
      const rest = hunks.slice(i + 1).some((x) => (x.kind === 'same' ? x.text : x.mine + x.theirs) !== '');
      if (h.mine === '' || h.theirs === '') return h.mine + h.theirs;
      return withNewline(h.mine) + (rest ? withNewline(h.theirs) : h.theirs);
    })
    .join('');
}

export const MARKER_MINE = '<<<<<<< mine';
export const MARKER_SPLIT = '=======';
export const MARKER_THEIRS = '>>>>>>> theirs';

/** The body with each conflict written out between markers, as a starting point for editing. */
export function bodyWithMarkers(hunks: readonly BodyHunk[]): string {
  return hunks
    .map((h) => (h.kind === 'same' ? h.text : `${MARKER_MINE}\n${withNewline(h.mine)}${MARKER_SPLIT}\n${withNewline(h.theirs)}${MARKER_THEIRS}\n`))
    .join('');
}

const MARKER_LINE = /^(?:<{7}|>{7})(?: |$)/m;

/** True while a text still holds conflict markers (`<<<<<<<` / `>>>>>>>` lines). */
export function hasConflictMarkers(text: string): boolean {
  return MARKER_LINE.test(text);
}
