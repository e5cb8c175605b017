import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { monaco } from '../editor/monaco';

/**
 * Keeps the preview at the block the editor shows at its top: the blocks carry the body
 * line they start on (`data-line`), and the position between two blocks is interpolated.
 */
export function useScrollSync(editor: monaco.editor.IStandaloneCodeEditor | null, scrollRef: RefObject<HTMLDivElement | null>, html: string): void {
  useEffect(() => {
    if (!editor) return;
    const sync = () => {
      const container = scrollRef.current;
      const model = editor.getModel();
      if (!container || !model) return;
      const top = editor.getScrollTop();
      const lineHeight = Math.max(1, editor.getTopForLineNumber(2) - editor.getTopForLineNumber(1));
      const firstLine = editor.getVisibleRanges()[0]?.startLineNumber ?? 1;
      // Fractional line at the top edge, so long wrapped paragraphs scroll smoothly too.
      const lineTop = editor.getTopForLineNumber(firstLine);
      const nextTop = firstLine < model.getLineCount() ? editor.getTopForLineNumber(firstLine + 1) : lineTop + lineHeight;
      const line = firstLine + Math.min(1, Math.max(0, (top - lineTop) / Math.max(1, nextTop - lineTop)));

      const blocks = [...container.querySelectorAll<HTMLElement>('[data-line]')];
      if (blocks.length === 0) return;
      let before: HTMLElement | null = null;
      let after: HTMLElement | null = null;
      for (const b of blocks) {
        const l = Number(b.dataset.line);
        if (l <= line) before = b;
        else {
          after = b;
          break;
        }
      }
      const offsetOf = (el: HTMLElement) => el.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;
      if (top <= 0) {
        container.scrollTop = 0;
        return;
      }
      if (!before) {
        container.scrollTop = 0;
        return;
      }
      const from = offsetOf(before);
      if (!after) {
        container.scrollTop = from;
        return;
      }
      const fromLine = Number(before.dataset.line);
      const toLine = Number(after.dataset.line);
      const ratio = (line - fromLine) / Math.max(1, toLine - fromLine);
      container.scrollTop = from + (offsetOf(after) - from) * ratio;
    };
    const d = editor.onDidScrollChange((e) => {
      if (e.scrollTopChanged) sync();
    });
    sync();
    return () => d.dispose();
  }, [editor, scrollRef, html]);
}
