// The browser host's memory budget, measured: many large bodies posted at once, with the
// token, must not push the host process past a fixed bound. The host runs in its own
// process so its peak resident size (VmHWM) is its own.
import fs from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { killHard, startChild, tempDir } from './store-test-kit';
import type { Child } from './store-test-kit';

const BOUND_MB = 256;
const CONCURRENT = 50;
const BODY_BYTES = 19 * 1024 * 1024;
const UPLOADS = 12;
const UPLOAD_MB = 48;
const linux = fs.existsSync('/proc/self/status');

let dir: string;
let child: Child;
let info: { port: number; token: string; pid: number };

function memoryMb(pid: number): { now: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Posts `body` to /api/call, chunked (no Content-Length) when asked; resolves with the status. */
function post(body: Buffer, chunked: boolean): Promise<number> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/json', authorization: `Bearer ${info.token}` };
    if (!chunked) headers['content-length'] = body.length;
    const req = request({ host: '127.0.0.1', port: info.port, method: 'POST', path: '/api/call', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(-1));
    if (chunked) {
      for (let at = 0; at < body.length; at += 1 << 20) req.write(body.subarray(at, at + (1 << 20)));
      req.end();
    } else req.end(body);
  });
}

/** Bodies of ~19 MB that each cost the most in a different way once read. */
function hostileBodies(): Buffer[] {
  const call = (args: unknown) => Buffer.from(JSON.stringify({ method: 'sections.save', args }));
  const chars = (c: string) => c.repeat(Math.floor(BODY_BYTES / Buffer.byteLength(c)) - 100);
  return [
    call({ id: 'x', patch: { body: chars('a') } }), // one-byte string
    call({ id: 'x', patch: { body: chars('é') } }), // two-byte string
    call({ id: 'x', patch: { references: [] }, pad: chars('\u20ac') }),
    Buffer.from(`{"method":"app.status","args":{"n":[${'0,'.repeat(BODY_BYTES / 2 - 100)}0]}}`), // dense values
    Buffer.from(`{"method":"app.status","args":{"n":[${'{},'.repeat(BODY_BYTES / 3 - 100)}{}]}}`), // dense objects
  ];
}

beforeAll(() => {
  dir = tempDir('pwb-host-mem-');
  fs.mkdirSync(path.join(dir, 'renderer'));
  fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Policy Workbench</title>');
});

// A fresh host for each measure: the peak (VmHWM) is the process's own since it started.
beforeEach(async () => {
  const run = fs.mkdtempSync(path.join(dir, 'run-'));
  child = await startChild([path.join(run, 'data'), path.join(dir, 'renderer'), path.join(run, 'workspace')], 'host-child.ts');
  info = JSON.parse(await child.waitFor(/^\{/, 30_000)) as typeof info;
});

afterEach(async () => {
  if (child) await killHard(child);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!linux)('browser host: memory budget', () => {
  it(
    `stays under ${BOUND_MB} MB while ${CONCURRENT} bodies of 19 MB arrive at once`,
    async () => {
      const before = memoryMb(info.pid);
      const bodies = hostileBodies();
      const statuses = await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => post(bodies[i % bodies.length], i % 2 === 1)));
      const after = memoryMb(info.pid);
      console.log(`host memory: ${before.now.toFixed(0)} MB at rest, peak ${after.peak.toFixed(0)} MB during ${CONCURRENT} × 19 MB posts, ${after.now.toFixed(0)} MB after`);
      // Each was answered: refused as too dense (413) or by the backend's own checks (200 with an error).
      expect(statuses.every((s) => s === 200 || s === 413), statuses.join(' ')).toBe(true);
      expect(after.peak).toBeLessThan(BOUND_MB);
      // And the host still serves.
      const alive = await post(Buffer.from('{"method":"app.status","args":{}}'), false);
      expect(alive).toBe(200);
    },
    180_000,
  );

  it(
    `stays under ${BOUND_MB} MB while ${UPLOADS} uploads of ${UPLOAD_MB} MB stream in at once`,
    async () => {
      const chunk = Buffer.alloc(1024 * 1024, 0x7b);
      const send = (i: number) =>
        new Promise<number>((resolve) => {
          const req = request(
            {
              host: '127.0.0.1',
              port: info.port,
              method: 'POST',
              path: `/api/upload?kind=decisions&path=big-${i}.jsonl`,
              headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${info.token}`, 'content-length': UPLOAD_MB * chunk.length },
            },
            (res) => {
              res.resume();
              res.on('end', () => resolve(res.statusCode ?? 0));
            },
          );
          req.on('error', () => resolve(-1));
          let sent = 0;
          const pump = () => {
            while (sent < UPLOAD_MB) {
              sent++;
              if (!req.write(chunk)) return void req.once('drain', pump);
            }
            req.end();
          };
          pump();
        });
      const statuses = await Promise.all(Array.from({ length: UPLOADS }, (_, i) => send(i)));
      const after = memoryMb(info.pid);
      console.log(`host memory: peak ${after.peak.toFixed(0)} MB after ${UPLOADS} × ${UPLOAD_MB} MB uploads at once, ${after.now.toFixed(0)} MB now`);
      expect(statuses.every((s) => s === 200), statuses.join(' ')).toBe(true);
      expect(after.peak).toBeLessThan(BOUND_MB);
    },
    180_000,
  );
});
