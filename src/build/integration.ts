// Gives `astro build` a pool of worker threads for the CPU-heavy tasks of src/build/tasks.ts, so
// they use every core while Astro renders other pages (with build.concurrency > 1).
import os from 'node:os';
import type { AstroIntegration } from 'astro';
import { installPool, installedPool } from './offload.ts';
import { WorkerPool } from './pool.ts';

/** One worker per core: Astro's own thread mostly waits for them while they format. */
export function buildWorkers(size = os.availableParallelism()): AstroIntegration {
  return {
    name: 'build-workers',
    hooks: {
      'astro:build:start': () => {
        installPool(new WorkerPool(size));
      },
      'astro:build:done': async () => {
        await installedPool()?.close();
        installPool(undefined);
      },
    },
  };
}
