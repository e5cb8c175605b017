// How a project names a library decision in what it stores about it ("not relevant"),
// so that another copy of the project — with other library keys — names it the same:
// the decisions database's id, else the exact link, else a hash of title and text.
import { sha256Hex } from '../util/sha256';

export interface IdentifiedDecision {
  id: string | null;
  url: string | null;
  title: string;
  text: string;
}

export function decisionIdentity(d: IdentifiedDecision): string {
  if (d.id) return `id:${d.id}`;
  if (d.url) return `url:${d.url}`;
  return `text:${sha256Hex(`${d.title}\n${d.text}`)}`;
}
