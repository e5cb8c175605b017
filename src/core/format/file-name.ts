/** The file a report is published under: the section name plus `.md` (nothing is escaped). */
export function reportFileName(name: string): string {
  return `${name}.md`;
}
