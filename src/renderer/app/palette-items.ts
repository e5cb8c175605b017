// What the command palette lists for a query: pure, so the ordering is tested directly.
import { COMMAND_IDS } from '../../shared/commands';
import type { CommandId } from '../../shared/commands';
import { foldForSearch, matchesQuery } from '../lib/normalize';

/** Every word of the query in the title (or the id: `md`, `html`); the title's own start ranks first. */
export function paletteItems(query: string, title: (id: CommandId) => string, recent: readonly CommandId[] = []): CommandId[] {
  const q = foldForSearch(query.trim());
  const matching = COMMAND_IDS.filter((id) => matchesQuery(`${title(id)} ${id.replace(/-/g, ' ')}`, q));
  const rank = (id: CommandId) => {
    const folded = foldForSearch(title(id));
    const r = recent.indexOf(id);
    // Recently run commands lead; then titles starting with the query, then words starting with it.
    return [r < 0 ? recent.length : r, q && folded.startsWith(q) ? 0 : q && folded.split(/\s+/).some((w) => w.startsWith(q)) ? 1 : 2];
  };
  const ranked = matching.map((id, order) => ({ id, order, rank: rank(id) }));
  ranked.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.order - b.order);
  return ranked.map((r) => r.id);
}

/** The recent list after running `id`: it moves to the front, at most `max` kept. */
export function withRecent(recent: readonly CommandId[], id: CommandId, max = 5): CommandId[] {
  return [id, ...recent.filter((r) => r !== id)].slice(0, max);
}
