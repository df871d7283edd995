// The build's worker threads give exactly what the page would have computed itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWorkers } from '../../../src/build/integration.ts';
import { installedPool, installPool, offload } from '../../../src/build/offload.ts';
import { WorkerPool } from '../../../src/build/pool.ts';
import { installedCache } from '../../../src/build/cache.ts';
import { runTask } from '../../../src/build/tasks.ts';
import { citationCsl, statementCsl } from '../../../src/cite/csl.ts';
import { citationFile } from '../../../src/cite/formats.ts';
import { citations, collection, joint, site } from '../cite/fixtures.ts';

const card = { siteName: 'Statements', eyebrow: 'Joint statement · June 13, 2019', title: 'A title long enough to wrap onto two lines of the card', footer: 'Signed by 35 organizations' };
const items = [statementCsl(joint, collection, site), ...[...citations].map(([id, work]) => citationCsl(id, work, collection))];

describe('build worker pool', () => {
  const pool = new WorkerPool(2);
  afterAll(() => pool.close());

  it('formats citations in a worker exactly as on the spot, whichever worker takes them', async () => {
    const inWorkers = await Promise.all(items.map((item) => pool.run({ kind: 'citations', item })));
    expect(inWorkers).toEqual(items.map((item) => runTask({ kind: 'citations', item })));
    expect(inWorkers[0]!.map((c) => c.label)).toEqual(['APA', 'MLA', 'Chicago']);
  });

  it('writes the same BibTeX, RIS and CSL-JSON files in a worker', async () => {
    for (const file of ['cite.bib', 'cite.ris', 'cite.json'] as const) {
      const inWorker = await pool.run({ kind: 'citation-file', file, items: [items[0]!] });
      expect(inWorker).toBe(citationFile(file, [items[0]!]));
      expect(inWorker.length).toBeGreaterThan(0);
    }
  });

  it('draws the same PNG bytes in a worker', async () => {
    const png = await pool.run({ kind: 'og-image', card });
    expect(png).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(png).equals(Buffer.from(runTask({ kind: 'og-image', card })))).toBe(true);
  });

  it('rejects with the worker’s error instead of hanging', async () => {
    const broken = { kind: 'og-image', card: null } as unknown as Parameters<typeof runTask>[0];
    await expect(pool.run(broken)).rejects.toThrow(/A build task failed in a worker thread/);
    // The worker is still usable afterwards.
    expect(await pool.run({ kind: 'citations', item: items[1]! })).toHaveLength(3);
  });

  it('offload uses the installed pool, and computes on the spot without one', async () => {
    const calls: string[] = [];
    const spy = { run: (task: { kind: string }) => (calls.push(task.kind), pool.run(task as never)) } as unknown as WorkerPool;
    installPool(spy);
    try {
      await offload({ kind: 'og-image', card });
    } finally {
      installPool(undefined);
    }
    expect(calls).toEqual(['og-image']);
    const spot = await offload({ kind: 'citations', item: items[1]! });
    expect(spot).toEqual(runTask({ kind: 'citations', item: items[1]! }));
    expect(calls).toEqual(['og-image']);
  });

  it('fails, never hangs, when a worker cannot start', async () => {
    const dead = new WorkerPool(1, new URL('./no-such-worker.ts', import.meta.url));
    await expect(dead.run({ kind: 'og-image', card })).rejects.toThrow();
    await expect(dead.run({ kind: 'og-image', card })).rejects.toThrow();
    await dead.close();
  });

  it('lives exactly as long as `astro build`: installed when it starts, closed when it is done', async () => {
    const integration = buildWorkers(1);
    const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
    expect(installedPool()).toBeUndefined();
    // The build cache goes to a folder of the test's own, not the project's.
    process.env['BUILD_CACHE_DIR'] = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-cache-'));
    await hooks['astro:build:start']!({});
    delete process.env['BUILD_CACHE_DIR'];
    const installed = installedPool();
    expect(installed).toBeInstanceOf(WorkerPool);
    expect(await offload({ kind: 'og-image', card })).toBeInstanceOf(Uint8Array);
    const logged: string[] = [];
    await hooks['astro:build:done']!({ logger: { info: (line: string) => logged.push(line) } });
    expect(logged).toEqual([expect.stringMatching(/^Build cache \(.*\): og-image 1 computed, 0 reused\.$/), '1 task ran on 1 worker thread.']);
    expect(installedPool()).toBeUndefined();
    expect(installedCache()).toBeUndefined();
    await expect(installed!.run({ kind: 'og-image', card })).rejects.toThrow(/stopped/);
  });

  it('is wired into the site: the integration is listed and Astro renders several pages at a time', async () => {
    const { default: config } = await import('../../../astro.config.ts');
    expect(config.integrations?.map((i) => (i as { name: string }).name)).toContain('build-workers');
    expect(config.build?.concurrency).toBeGreaterThan(1);
  });
});
