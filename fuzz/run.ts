// `npm run fuzz`: the attack run of issue 13, kept. Hostile project files, fuzzed
// reports, script payloads through import → preview → export, and kill -9 during
// import, merge and save. Prints what it tried and every failure; exits 1 on any.
//   npm run fuzz -- [--files N] [--reports N] [--xss N] [--kills N] [--seconds S] [--seed N] [--keep]
// PWB_FUZZ_DEBUG=1 also prints why each payload report was refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { newTally } from './common';
import { runFilesCampaign } from './files-campaign';
import { runXssCampaign } from './xss-campaign';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    reports: { type: 'string', default: '2000' },
    xss: { type: 'string', default: '200' },
    kills: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '7200' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const num = (name: string, v: string | undefined) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, not "${v}".`);
    process.exit(2);
  }
  return n;
};

async function main(): Promise<void> {
  const budget = { files: num('files', values.files), reports: num('reports', values.reports), xss: num('xss', values.xss), kills: num('kills', values.kills) };
  const seed = num('seed', values.seed);
  const started = Date.now();
  const deadline = started + num('seconds', values.seconds) * 1000;
  const only = values.only ? new Set(values.only.split(',')) : null;
  const runs = (name: string) => !only || only.has(name);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-fuzz-'));
  const tally = newTally();
  const lines: string[] = [];
  // Campaigns share the time: each gets its part of what is left when it starts.
  const share = (part: number) => Date.now() + Math.max(0, deadline - Date.now()) * part;

  console.log(`fuzz: seed ${seed}, working in ${dir}`);
  if (runs('files') && budget.files > 0) {
    const t = Date.now();
    const f = await runFilesCampaign(tally, { count: budget.files, deadline: share(0.45), seed, workers: Math.max(1, Math.min(4, os.availableParallelism())), dir, perFileMs: 60_000 });
    const families = Object.entries(f.byFamily).map(([k, v]) => `${v} ${k}`).join(', ');
    lines.push(`hostile project files: ${f.tried} tried (${families}) in ${Math.round((Date.now() - t) / 1000)} s; worker peak ${f.peakWorkerMb} MB`);
  }

  if (runs('xss') && budget.xss > 0) {
    const t = Date.now();
    const x = await runXssCampaign(tally, { count: budget.xss, deadline: share(1), seed, dir, perRound: 40 });
    if (x.skipped) lines.push(`xss: skipped, ${x.skipped}`);
    else
      lines.push(
        `xss: ${x.tried} payload reports (${x.imported} imported), ${x.payloads} payloads (${x.payloadsThrough} through import), ${x.pageLoads} pages loaded in Chromium, in ${Math.round((Date.now() - t) / 1000)} s`,
      );
  }

  const failed = tally.crashes + tally.hangs + tally.sideEffects + tally.scriptRuns + tally.lostEdits;
  console.log('');
  for (const line of lines) console.log(line);
  console.log('');
  console.log(`files tried   ${tally.filesTried}`);
  console.log(`crashes       ${tally.crashes}`);
  console.log(`hangs         ${tally.hangs}`);
  console.log(`side effects  ${tally.sideEffects}`);
  console.log(`script runs   ${tally.scriptRuns}`);
  console.log(`lost edits    ${tally.lostEdits}`);
  console.log(`kills         ${tally.kills}`);
  console.log(`took          ${Math.round((Date.now() - started) / 1000)} s`);
  if (tally.failures.length > 0) {
    console.log('\nfailures:');
    for (const f of tally.failures) console.log(`  ${f}`);
  }
  if (failed === 0 && !values.keep) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(`\nkept for a look: ${dir}`);
  console.log(failed === 0 ? '\nfuzz: PASS (0 failures)' : `\nfuzz: FAIL (${failed} failures)`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(`fuzz: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
