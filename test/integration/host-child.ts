// Runs the browser host in its own process, so a test can measure its memory (RSS) and
// kill it without touching the test runner.
//   host-child.ts <dataDir> <rendererDir> <workspace>
// prints one JSON line {"port","token","pid"} once listening; stops on SIGTERM.
import { createBackend } from '../../src/main/backend/app-backend';
import { startHost } from '../../src/main/host/host-server';

const [dataDir, rendererDir, workspace] = process.argv.slice(2);

async function main(): Promise<void> {
  const backend = createBackend({ dataDir, transport: 'http', nativeDialogs: false, workspace });
  const host = await startHost({ backend, rendererDir });
  process.stdout.write(`${JSON.stringify({ port: host.port, token: host.token, pid: process.pid })}\n`);
  process.on('SIGTERM', () => {
    void host.close().then(() => backend.close()).then(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`host-child: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
