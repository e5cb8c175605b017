// A project whose stored text no longer matches its latest revision (a byte changed on
// disk) opens with a banner naming the damaged section, and restoring its intact revision
// repairs it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Section } from '../../src/shared/models';
import { expect, test } from './fixtures';
import { api } from './merge-projects';
import { WorkbenchPage } from './pages/workbench-page';

test('shows damage found by the revision hashes when a project opens, and restores the intact revision', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const file = join(workbench.tmpDir, 'damaged.pwb');
  await api(page, workbench, 'project.create', { path: file, name: 'Beschadigd' });
  const section = await api<Section>(page, workbench, 'sections.create', { path: ['Map'], name: 'Kapot' });
  await api(page, workbench, 'sections.save', { id: section.id, patch: { body: 'Goede tekst.\n' } });
  await api(page, workbench, 'sections.save', { id: section.id, patch: { body: 'Laatste tekst QWZFLIP.\n' } });
  await api(page, workbench, 'project.openDemo', {});

  const bytes = readFileSync(file);
  for (let at = bytes.indexOf('QWZFLIP'); at !== -1; at = bytes.indexOf('QWZFLIP', at + 1)) bytes[at] = 0x58;
  writeFileSync(file, bytes);

  await api(page, workbench, 'project.open', { path: file });
  const banner = page.getByTestId('integrity-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Map/Kapot');
  await page.screenshot({ path: '/tmp/d-security/integrity-banner.png' });
  await banner.getByTestId('integrity-restore').click();
  await expect(banner).toBeHidden();
  const restored = await api<Section>(page, workbench, 'sections.get', { id: section.id });
  expect(restored.body).toBe('Goede tekst.\n');
  expect(await api<{ damaged: unknown[] }>(page, workbench, 'project.verify', {})).toMatchObject({ damaged: [] });
});
