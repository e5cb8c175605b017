// Runs the project store in its own process for the lock and crash tests.
//   hold  <file>        open the project, print "open <pid>", wait to be killed
//   edits <file> <k>    open the project and save edits in a loop; after each commit
//                       print "saved N". Edit N writes body "edit N" to section N % k
//                       and, when N % 7 == 0, also a decision with url "u-N" in the
//                       same transaction.
import fs from 'node:fs';
import { openProjectStore } from '../../src/main/backend/store';

const [mode, file, kArg] = process.argv.slice(2);
const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  const store = await openProjectStore(file);
  if (mode === 'hold') {
    say(`open ${process.pid}`);
    setInterval(() => undefined, 60_000);
    return;
  }
  const k = Number(kArg);
  const sections = store.listSections().sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  let n = 1 + Math.max(0, ...sections.map((s) => Number(/^edit (\d+)$/.exec(s.body)?.[1] ?? 0)));
  for (;;) {
    const target = sections[n % k];
    store.transaction(() => {
      store.saveSection(target.id, { body: `edit ${n}` }, { author: 'crash-test' });
      if (n % 7 === 0) {
        store.upsertDecisions(
          Array.from({ length: 20 }, (_, i) => ({
            id: null,
            date: '2022-01-01',
            meetingStart: null,
            title: `crash ${n} ${i}`,
            url: i === 0 ? `u-${n}` : null,
            text: `tekst ${n} ${i} `.repeat(40),
          })),
        );
      }
    });
    say(`saved ${n}`);
    n++;
  }
}

main().catch((err) => {
  fs.writeSync(2, `store-child: ${(err as Error).message}\n`);
  process.exit(1);
});
