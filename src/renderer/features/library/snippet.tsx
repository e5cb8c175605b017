import type { ReactNode } from 'react';

const OPEN = '\u0002';
const CLOSE = '\u0003';

/** Turns the backend's match markers into <mark> elements — built as React nodes, never as HTML. */
export function Snippet({ text }: { text: string }): ReactNode {
  const parts: ReactNode[] = [];
  let rest = text;
  let key = 0;
  while (rest.length > 0) {
    const open = rest.indexOf(OPEN);
    if (open < 0) {
      parts.push(rest);
      break;
    }
    if (open > 0) parts.push(rest.slice(0, open));
    const close = rest.indexOf(CLOSE, open + 1);
    const end = close < 0 ? rest.length : close;
    parts.push(<mark key={key++}>{rest.slice(open + 1, end)}</mark>);
    rest = close < 0 ? '' : rest.slice(close + 1);
  }
  return <>{parts}</>;
}

/** The snippet without markers, for titles and tooltips. */
export const plainSnippet = (text: string): string => text.replaceAll(OPEN, '').replaceAll(CLOSE, '');
