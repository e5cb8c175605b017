// Decision libraries of any size for the search benchmark: the fixture decisions as they
// are (so the fixture reports' citations resolve in every library), then decisions made
// from them — titles and texts recombined from real ones, dates spread over the term,
// meeting starts at the usual Friday-morning times.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDecisionLink } from '../src/core/links/decision-link';
import { brusselsToUtc } from '../src/core/time/brussels';
import { pick, seededRandom } from './random';

interface FixtureDecision {
  title: string | null;
  text: string | null;
}

function fixtureLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
}

const TIMES = ['10:00', '10:00', '10:00', '10:00', '10:00', '10:00', '10:00', '10:00', '08:30', '11:00'];

/** `count` decisions in `file`: the fixture file's own, then generated ones. */
export function generateDecisionsJsonl(fixtureFile: string, file: string, count: number, seed: number): void {
  const own = fixtureLines(fixtureFile);
  const fixtures = own.map((l) => JSON.parse(l) as FixtureDecision);
  const rng = seededRandom(seed);
  const titled = fixtures.filter((d) => d.title);
  const sentences = fixtures.flatMap((d) => (d.text ?? '').split(/(?<=\.)\s+/)).filter((s) => s.length > 20);
  const start = Date.UTC(2019, 9, 4);
  const lines = own.slice(0, count);
  for (let i = lines.length; i < count; i++) {
    const a = pick(rng, titled).title ?? '';
    const b = pick(rng, titled).title ?? '';
    const words = b.split(' ');
    const title = `${a} – ${words.slice(0, 2 + Math.floor(rng() * 4)).join(' ')} (${i + 1})`;
    const day = new Date(start + Math.floor(rng() * 250) * 7 * 86_400_000).toISOString().slice(0, 10);
    const meetingStart = brusselsToUtc(day, pick(rng, TIMES));
    const text = [title, ...Array.from({ length: 2 + Math.floor(rng() * 5) }, () => pick(rng, sentences))].join(' ');
    const id = Array.from({ length: 24 }, () => '0123456789ABCDEF'[Math.floor(rng() * 16)]).join('');
    lines.push(JSON.stringify({ id, date: day, meetingStart, title, url: buildDecisionLink(title, meetingStart), text }));
  }
  writeFileSync(file, lines.join('\n') + '\n');
}
