// The command line of the bench's in-process scripts (worker.ts, merge.ts):
// `node --import tsx bench/<script>.ts <task> '<json args>'` runs one task and prints its
// result as one JSON line on stdout; a failure goes to stderr with exit code 1.
export type Tasks = Record<string, (args: never) => unknown>;

export function runTask(script: string, tasks: Tasks): void {
  const [task, json] = process.argv.slice(2);
  const run = tasks[task];
  if (!run) {
    process.stderr.write(`bench ${script}: unknown task "${task}"\n`);
    process.exit(2);
  }
  Promise.resolve(run(JSON.parse(json ?? '{}') as never)).then(
    (result) => process.stdout.write(JSON.stringify(result) + '\n'),
    (err: unknown) => {
      process.stderr.write(`bench ${script} ${task}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
