// The process the kill campaign kills: it opens a project through the backend, as the app
// does, and runs saves, report imports and merges in a loop until it is killed. Before
// each operation it prints "start OP N", after the app reported it done "done OP N"; a
// refusal prints "refused OP N: message" (the campaign counts it as a failure).
//   kill-child.ts <data-dir> <project> <scratch> <first N> <seed>
//   save N     section "Sectie N % 5" gets body "edit N"
//   import N   three reports "Imp N a|b|c" in folder "Import" (one import, one transaction)
//   merge N    a copy of the project, sections "Samen 0" and "Samen 1" set to "merge N"
//              in the copy, merged back preferring theirs
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../src/main/backend/app-backend';
import { openProjectStore } from '../src/main/backend/store';
import type { Result, SectionSummary } from '../src/shared/models';
import { reportText, seededRandom } from './common';
import { IMPORT_FOLDER, IMPORT_PARTS, MERGED_SECTIONS, SAVED_SECTIONS } from './kill-model';

const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  const [dataDir, project, scratch, firstArg, seedArg] = process.argv.slice(2);
  const rng = seededRandom(Number(seedArg));
  const backend = createBackend({ dataDir, transport: 'memory', nativeDialogs: false, recordRecent: false });
  const call = async <T>(method: string, args: unknown): Promise<T> => {
    const r = (await backend.dispatch(method, args)) as Result<T>;
    if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  await call('project.open', { path: project });
  say('open');
  const tree = await call<SectionSummary[]>('sections.tree', {});
  const byName = new Map(tree.map((s) => [s.name, s.id]));
  for (let n = Number(firstArg); ; n++) {
    const roll = rng();
    const op = roll < 0.5 ? 'save' : roll < 0.8 ? 'import' : 'merge';
    say(`start ${op} ${n}`);
    try {
      if (op === 'save') {
        await call('sections.save', { id: byName.get(`Sectie ${n % SAVED_SECTIONS}`), patch: { body: `edit ${n}\n` } });
      } else if (op === 'import') {
        const folder = path.join(scratch, `import-${n}`, IMPORT_FOLDER);
        fs.mkdirSync(folder, { recursive: true });
        for (const part of IMPORT_PARTS) {
          fs.writeFileSync(path.join(folder, `Imp ${n} ${part}.md`), reportText(`Imp ${n} ${part}`, `9.${n} Afspraak `, `Import ${n} ${part}`, [{ number: 0, date: '2020-01-02', title: `Besluit ${n}` }]));
        }
        const r = await call<{ created: number; failed: unknown[] }>('import.reports', { paths: [path.dirname(folder)] });
        if (r.created !== IMPORT_PARTS.length) throw new Error(`import: created ${r.created}, refused ${JSON.stringify(r.failed)}`);
      } else {
        const theirs = path.join(scratch, `theirs-${n}.pwb`);
        await call('project.saveCopy', { path: theirs });
        const store = await openProjectStore(theirs);
        try {
          for (const name of MERGED_SECTIONS) store.saveSection(byName.get(name)!, { body: `merge ${n}\n` }, { author: 'kollega' });
        } finally {
          store.close();
        }
        await call('merge.apply', { theirsPath: theirs, resolutions: [], prefer: 'theirs' });
      }
    } catch (err) {
      say(`refused ${op} ${n}: ${(err as Error).message.replaceAll('\n', ' ')}`);
      process.exit(1);
    }
    say(`done ${op} ${n}`);
  }
}

main().catch((err: unknown) => {
  fs.writeSync(2, `kill-child: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
