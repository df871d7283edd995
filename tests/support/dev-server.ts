// Runs `astro dev` for a browser test: in a copy of the project (its own .astro/ caches, so the
// repository's are untouched), on a free port, with a given content folder; waits for it by polling.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { prepareWorkspace } from '../../scripts/bench/build.ts';

export interface DevServer {
  url: string;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  // No deadline of its own: the test's hook timeout bounds the wait, whatever the machine's speed.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

export async function startDevServer(contentDir: string, name: string): Promise<DevServer> {
  const workspace = prepareWorkspace(path.resolve('bench-out', `${name}-${process.pid}`));
  const port = await freePort();
  const bin = path.resolve('node_modules/.bin');
  let log = '';
  // Under vitest NODE_ENV is "test", with which `astro dev` answers every page with 404.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  const child = spawn(path.join(bin, 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: workspace,
    detached: true,
    env: { ...inherited, PATH: `${bin}:${process.env['PATH']}`, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  child.stdout?.on('data', (d: Buffer) => { log += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { log += d.toString(); });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
    fs.rmSync(workspace, { recursive: true, force: true });
  };
  try {
    await waitFor(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => log, stop };
}
