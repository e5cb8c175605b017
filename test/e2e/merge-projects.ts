// Project files for merge tests, made through the host's API from the page as the app
// itself would: two copies of one project that both changed the same section.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Section } from '../../src/shared/models';
import { callFromPage } from './fixtures';
import type { Workbench } from './fixtures';

export async function api<T>(page: Page, wb: Workbench, method: string, args: unknown = {}): Promise<T> {
  const r = await callFromPage(page, wb.token, method, args);
  const body = r.body as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? JSON.stringify(r.body)}`);
  return body.value as T;
}

/** "Save a copy" as the browser host offers it: a download, written to `dest` here. */
export async function saveCopyByDownload(page: Page, wb: Workbench, dest: string): Promise<void> {
  const ticket = await api<{ id: string }>(page, wb, 'project.downloadCopy', {});
  const bytes = await page.evaluate(async ({ id, token }) => {
    const res = await fetch(`/api/download/${id}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`download answered ${res.status}`);
    return Array.from(new Uint8Array(await res.arrayBuffer()));
  }, { id: ticket.id, token: wb.token });
  writeFileSync(dest, Buffer.from(bytes));
}

export const BODY = 'Samenvatting\n\nEerste alinea [0].\n\nTweede alinea.\n';
export const REFS = [{ number: 0, date: '2021-03-05', meetingStart: '2021-03-05T09:00:00Z', title: 'Besluit over data', url: 'https://example.org/besluit' }];

/** Mine and theirs share one section; both then change its verdict and its first paragraph. */
export async function makeConflictingProjects(page: Page, wb: Workbench): Promise<{ mine: string; theirs: string; id: string }> {
  const mine = join(wb.tmpDir, 'mine.pwb');
  const theirs = join(wb.tmpDir, 'theirs.pwb');
  await api(page, wb, 'project.create', { path: mine, name: 'Mijn project' });
  const section = await api<Section>(page, wb, 'sections.create', { path: ['Bestuurzaken'], name: 'ICT en Informatie' });
  await api(page, wb, 'sections.save', { id: section.id, patch: { body: BODY, references: REFS, verdict: 'in-progress' } });
  await saveCopyByDownload(page, wb, theirs);
  await api(page, wb, 'sections.save', { id: section.id, patch: { verdict: 'kept', body: BODY.replace('Eerste alinea', 'Mijn eerste alinea') } });
  await api(page, wb, 'project.open', { path: theirs });
  await api(page, wb, 'sections.save', { id: section.id, patch: { verdict: 'broken', status: 'final', body: BODY.replace('Eerste alinea', 'Hun eerste alinea') } });
  await api(page, wb, 'project.open', { path: mine });
  return { mine, theirs, id: section.id };
}
