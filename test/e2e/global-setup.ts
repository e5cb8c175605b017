// Every e2e test runs the built app (out/), so build once before the run when out/ is
// missing or older than the sources.
import { ensureBuild } from '../../scripts/ensure-build.mjs';

export default function globalSetup(): void {
  if (!ensureBuild()) throw new Error('electron-vite build failed; the end-to-end tests need the built app in out/.');
}
