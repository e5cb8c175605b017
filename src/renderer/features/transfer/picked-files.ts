// Files the person picked or dropped, each with its place in what they chose: a file
// stands alone (`Media.md`), a folder brings its files with their folders
// (`reports/Brussel/Media.md`), as the desktop import reads a folder.

export interface PickedFile {
  file: File;
  /** `/` between folders; the first part is what was picked or dropped. */
  path: string;
}

/** From an `<input type="file">` (with `webkitdirectory`, each file knows its place in the folder). */
export function filesFromInput(list: FileList | readonly File[]): PickedFile[] {
  return Array.from(list, (file) => ({ file, path: file.webkitRelativePath || file.name }));
}

/** The parts of the File System API a dropped item offers (typed here: the DOM library leaves them loose). */
interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?(ok: (f: File) => void, fail: (e: unknown) => void): void;
  createReader?(): { readEntries(ok: (entries: Entry[]) => void, fail: (e: unknown) => void): void };
}

async function readEntry(entry: Entry, prefix: string, out: PickedFile[]): Promise<void> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((ok, fail) => entry.file!(ok, fail));
    out.push({ file, path });
  } else if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    // readEntries answers in pages (100 at a time in Chromium) until it answers none.
    for (;;) {
      const page = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
      if (page.length === 0) break;
      for (const child of page) await readEntry(child, path, out);
    }
  }
}

/** From a drop: folders are walked (where the browser lets us), files taken as they are. */
export async function filesFromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(data.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => (item as DataTransferItem & { webkitGetAsEntry?(): Entry | null }).webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) return filesFromInput(data.files);
  const out: PickedFile[] = [];
  for (const entry of entries) await readEntry(entry as Entry, '', out);
  return out;
}

/** Only what the import reads: `.md` files, outside hidden folders (`.git`), so nothing else is sent. */
export function reportFilesOnly(files: readonly PickedFile[]): PickedFile[] {
  return files.filter((f) => {
    const parts = f.path.split('/');
    return parts.every((p) => !p.startsWith('.')) && parts[parts.length - 1].toLowerCase().endsWith('.md');
  });
}
