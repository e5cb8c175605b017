// Issue 13 §2: the browser host reaches only what the person gives it. One workspace
// folder, fixed at start; every path a call names is resolved inside it (links included)
// or refused; files arrive as uploads, streamed and checked.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, createInProcessClient } from '../../src/main/backend/app-backend';
import type { Backend } from '../../src/main/backend/app-backend';
import { Workspace } from '../../src/main/backend/workspace/workspace';
import { startHost } from '../../src/main/host/host-server';
import type { RunningHost } from '../../src/main/host/host-server';
import type { ApiClient } from '../../src/shared/api';
import { tempDir } from './store-test-kit';

const REPORT = (heading: string) =>
  `# ${heading}\n\n<details>\n        <summary>Regeerakkoord Sectie </summary>\n        <p>1.1 Iets </p>\n        </details> \n\nTekst.\n\n<details>\n        <summary> Referenties</summary>\n        \n        </details> \n\n`;

let dir: string;
let ws: string;
let outside: string;

beforeEach(() => {
  dir = tempDir('pwb-ws-');
  ws = join(dir, 'workspace');
  outside = join(dir, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.md'), '# TOP-SECRET\nTOP-SECRET-LINE\n');
  writeFileSync(join(outside, 'secret.jsonl'), 'TOP-SECRET-LINE\n');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('Workspace: every path resolved inside it, or refused', () => {
  it('takes paths relative to it or absolute within it, and refuses the rest without telling what is outside', () => {
    const w = Workspace.open(ws);
    writeFileSync(join(w.projects, 'a.pwb'), 'x');
    expect(w.existing('projects/a.pwb')).toBe(join(w.root, 'projects', 'a.pwb'));
    expect(w.existing(join(w.root, 'projects', 'a.pwb'))).toBe(join(w.root, 'projects', 'a.pwb'));
    for (const bad of ['../outside/secret.md', join(outside, 'secret.md'), '/etc/passwd', 'projects/../../outside/secret.md', '', 'a\u0000b']) {
      expect(() => w.existing(bad), bad).toThrow(/outside the workspace/);
    }
    // Missing inside: said plainly; missing outside: the same "outside" as for a file that exists.
    expect(() => w.existing('projects/missing.pwb')).toThrow(/No such file in the workspace: projects\/missing\.pwb/);
    expect(() => w.existing(join(outside, 'missing.md'))).toThrow(/outside the workspace/);
  });

  it('follows links: one that leads out is refused, one that stays in is taken', () => {
    const w = Workspace.open(ws);
    symlinkSync(join(outside, 'secret.md'), join(w.root, 'link.md'));
    symlinkSync(outside, join(w.root, 'linked-folder'));
    writeFileSync(join(w.projects, 'real.md'), 'x');
    symlinkSync(join(w.projects, 'real.md'), join(w.root, 'inner.md'));
    expect(() => w.existing('link.md')).toThrow(/outside the workspace/);
    expect(() => w.existing('linked-folder/secret.md')).toThrow(/outside the workspace/);
    expect(() => w.fresh('linked-folder/new.pwb')).toThrow(/outside the workspace/);
    expect(w.existing('inner.md')).toBe(join(w.root, 'projects', 'real.md'));
  });

  it('creates files only in folders inside it', () => {
    const w = Workspace.open(ws);
    expect(w.fresh('projects/new.pwb')).toBe(join(w.root, 'projects', 'new.pwb'));
    expect(() => w.fresh('../new.pwb')).toThrow(/outside the workspace/);
    expect(() => w.fresh('projects/..')).toThrow(/outside the workspace/);
    expect(() => w.fresh('nowhere/new.pwb')).toThrow(/No such file in the workspace: nowhere/);
  });

  it('removes uploads an earlier run left, and keeps projects', () => {
    const first = Workspace.open(ws);
    writeFileSync(join(first.uploads, 'left.md'), 'x');
    writeFileSync(join(first.projects, 'kept.pwb'), 'x');
    const again = Workspace.open(ws);
    expect(readdirSync(again.uploads)).toEqual([]);
    expect(readdirSync(again.projects)).toEqual(['kept.pwb']);
  });
});

describe('the backend with a workspace', () => {
  let backend: Backend;
  let client: ApiClient;
  beforeEach(async () => {
    backend = createBackend({ dataDir: join(dir, 'data'), transport: 'http', nativeDialogs: false, workspace: ws });
    client = createInProcessClient(backend);
    const created = await client.call('project.create', { path: 'projects/mijn.pwb', name: 'Mijn' });
    expect(created.ok).toBe(true);
  });
  afterEach(async () => backend.close());

  it('refuses every path outside it, for every call that takes one, and quotes nothing it did not read', async () => {
    symlinkSync(join(outside, 'secret.jsonl'), join(ws, 'link.jsonl'));
    const calls: [string, unknown][] = [
      ['project.open', { path: '/etc/passwd' }],
      ['project.open', { path: '../outside/secret.md' }],
      ['project.create', { path: join(outside, 'new.pwb'), name: 'X' }],
      ['import.reports', { paths: [outside] }],
      ['import.reports', { paths: ['projects', '../outside'] }],
      ['import.decisions', { path: 'link.jsonl' }],
      ['merge.preview', { theirsPath: join(outside, 'theirs.pwb') }],
      ['merge.apply', { theirsPath: '/etc/hostname', resolutions: [] }],
    ];
    for (const [method, args] of calls) {
      const r = await client.call(method as 'project.open', args as never);
      expect(r.ok, method).toBe(false);
      if (!r.ok) {
        expect(r.error.message, method).toMatch(/outside the workspace/);
        expect(r.error.message).not.toMatch(/TOP-SECRET/);
      }
    }
    expect(existsSync(join(outside, 'new.pwb'))).toBe(false);
    const status = await client.call('app.status', {});
    expect(status.ok && status.value).toMatchObject({ uploads: true, recent: ['projects/mijn.pwb'] });
  });

  it('writes nowhere through the desktop calls: a copy and an export are downloads, wherever they would go', async () => {
    const inside = join(ws, 'projects');
    const calls: [string, unknown, RegExp][] = [
      ['project.saveCopy', { path: join(outside, 'copy.pwb') }, /a copy is a download/],
      ['project.saveCopy', { path: join(outside, 'secret.md') }, /a copy is a download/],
      ['project.saveCopy', { path: 'projects/copy.pwb' }, /a copy is a download/],
      ['export.run', { format: 'html', outDir: outside }, /exports are downloads/],
      ['export.run', { format: 'site', outDir: inside }, /exports are downloads/],
    ];
    const before = readdirSync(outside).sort();
    const insideBefore = readdirSync(inside).sort();
    const secret = readFileSync(join(outside, 'secret.md'), 'utf8');
    for (const [method, args, says] of calls) {
      const r = await client.call(method as 'project.saveCopy', args as never);
      expect(r.ok, method).toBe(false);
      if (!r.ok) expect(r.error.message, method).toMatch(says);
    }
    expect(readdirSync(outside).sort()).toEqual(before);
    expect(readFileSync(join(outside, 'secret.md'), 'utf8')).toBe(secret);
    expect(readdirSync(inside).sort()).toEqual(insideBefore);
  });

  it('does not read a system file through a link, nor quote it', async () => {
    symlinkSync('/etc/passwd', join(ws, 'passwd.md'));
    symlinkSync(join(outside, 'secret.md'), join(ws, 'geheim.md'));
    mkdirSync(join(ws, 'map'));
    symlinkSync(outside, join(ws, 'map', 'buiten'));
    for (const paths of [['passwd.md'], ['geheim.md'], ['map']]) {
      const r = await client.call('import.reports', { paths });
      const text = JSON.stringify(r);
      expect(text, paths[0]).not.toMatch(/TOP-SECRET|root:/);
      if (r.ok) expect(r.value.created, paths[0]).toBe(0);
      else expect(r.error.message).toMatch(/outside the workspace/);
    }
    const tree = await client.call('sections.tree', {});
    expect(tree.ok && tree.value).toEqual([]);
  });

  it('lists the projects in the workspace, newest first, marking the recent ones', async () => {
    await client.call('project.create', { path: 'projects/tweede.pwb', name: 'Tweede' });
    const known = await client.call('project.known', {});
    expect(known.ok && known.value.map((k) => [k.path, k.recent])).toEqual([
      ['projects/tweede.pwb', true],
      ['projects/mijn.pwb', true],
    ]);
  });
});

describe('uploads through the browser host', () => {
  let backend: Backend;
  let host: RunningHost;
  let client: ApiClient;

  beforeEach(async () => {
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
    backend = createBackend({ dataDir: join(dir, 'data'), transport: 'http', nativeDialogs: false, workspace: ws });
    host = await startHost({ backend, rendererDir: join(dir, 'renderer') });
    client = createInProcessClient(backend);
    await client.call('project.create', { path: 'projects/mijn.pwb', name: 'Mijn' });
  });
  afterEach(async () => {
    await host.close();
    await backend.close();
  });

  function upload(query: Record<string, string>, body: Buffer | string, headers: Record<string, string> = {}): Promise<{ status: number; json: { ok: boolean; value?: { path: string; batch: string; name: string }; error?: { message: string } } }> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: `/api/upload?${new URLSearchParams(query).toString()}`,
          headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${host.token}`, ...headers },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  it('needs the token and a file content type, like an API call', async () => {
    expect((await upload({ kind: 'reports', path: 'a.md' }, 'x', { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await upload({ kind: 'reports', path: 'a.md' }, 'x', { 'content-type': 'multipart/form-data' })).status).toBe(415);
    expect((await upload({ kind: 'reports', path: 'a.md' }, 'x', { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('takes a folder of reports file by file into one batch, imports it, and then removes it', async () => {
    const first = await upload({ kind: 'reports', path: 'verslagen/Brussel/Media.md' }, REPORT('Media'));
    expect(first.json.ok).toBe(true);
    const batch = first.json.value!.batch;
    const second = await upload({ kind: 'reports', path: 'verslagen/Welzijn.md', batch }, REPORT('Welzijn'));
    expect(second.json.value).toMatchObject({ batch, path: `uploads/${batch}/verslagen`, name: 'Welzijn.md' });
    const imported = await client.call('import.reports', { paths: [second.json.value!.path] });
    expect(imported.ok && imported.value).toMatchObject({ created: 2, failed: [] });
    const tree = await client.call('sections.tree', {});
    expect(tree.ok && tree.value.map((s) => [...s.path, s.name].join('/')).sort()).toEqual(['Brussel/Media', 'Welzijn']);
    expect(readdirSync(join(ws, 'uploads'))).toEqual([]);
  });

  it('refuses names that would leave their folder, the wrong kind of file, and a file over its size', async () => {
    for (const path of ['../x.md', 'a/../../x.md', '/abs.md', 'a\\b.md', 'a/./b.md', 'esc\u001b.md', '']) {
      const r = await upload({ kind: 'reports', path }, 'x');
      expect(r.json.ok, path).toBe(false);
    }
    expect((await upload({ kind: 'decisions', path: 'd.txt' }, 'x')).json.error?.message).toMatch(/takes \.jsonl or \.csv files/);
    expect((await upload({ kind: 'merge', path: 'dir/x.pwb' }, 'x')).json.error?.message).toMatch(/one file here/);
    expect((await upload({ kind: 'nope', path: 'x' }, 'x')).json.error?.message).toMatch(/Unknown kind of upload/);
    const big = await upload({ kind: 'reports', path: 'big.md' }, Buffer.alloc(21 * 1024 * 1024, 0x61));
    expect(big.json.error?.message).toMatch(/larger than 20 MB/);
    expect(readdirSync(join(ws, 'uploads'))).toEqual([]);
  });

  it('checks a project before it joins the workspace, under a name not yet taken', async () => {
    const bad = await upload({ kind: 'project', path: 'nep.pwb' }, 'SQLite format 3\u0000 but not really');
    expect(bad.json.ok).toBe(false);
    expect(bad.json.error?.message).toMatch(/nep\.pwb/);
    expect(readdirSync(join(ws, 'projects')).filter((f) => f.endsWith('.pwb'))).toEqual(['mijn.pwb']);

    await client.call('project.close', {});
    const bytes = readFileSync(join(ws, 'projects', 'mijn.pwb'));
    const good = await upload({ kind: 'project', path: 'mijn.pwb' }, bytes);
    expect(good.json.value?.path).toBe('projects/mijn (2).pwb');
    const opened = await client.call('project.open', { path: good.json.value!.path });
    expect(opened.ok && opened.value.info.name).toBe('Mijn');
    expect(createHash('sha256').update(readFileSync(join(ws, 'projects', 'mijn (2).pwb'))).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(readdirSync(join(ws, 'uploads'))).toEqual([]);
  });

  it('takes a colleague’s file for a merge and removes it once merged', async () => {
    const bytes = readFileSync(join(ws, 'projects', 'mijn.pwb'));
    const theirs = await upload({ kind: 'merge', path: 'collega.pwb' }, bytes);
    expect(theirs.json.ok).toBe(true);
    const preview = await client.call('merge.preview', { theirsPath: theirs.json.value!.path });
    expect(preview.ok && preview.value.theirsPath).toBe(theirs.json.value!.path);
    const applied = await client.call('merge.apply', { theirsPath: theirs.json.value!.path, resolutions: [] });
    expect(applied.ok).toBe(true);
    expect(readdirSync(join(ws, 'uploads'))).toEqual([]);
  });
});
