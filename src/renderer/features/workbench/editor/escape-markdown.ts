/** Escapes text for a Monaco hover, so a title like `**x**` or `[a](b)` shows as typed. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}
