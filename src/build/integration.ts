// Gives `astro build` a pool of worker threads for the CPU-heavy tasks of src/build/tasks.ts, so
// they use every core while Astro renders other pages (with build.concurrency > 1).
import os from 'node:os';
import type { AstroIntegration } from 'astro';
import { installPool, installedPool } from './offload.ts';
import { WorkerPool } from './pool.ts';
import { plural } from '../lib/plural.ts';

/**
 * One worker per core (at most eight, which is more than the tasks need): Astro's own thread spends
 * much of its time waiting for them.
 */
export function buildWorkers(size = Math.min(os.availableParallelism(), 8)): AstroIntegration {
  return {
    name: 'build-workers',
    hooks: {
      'astro:build:start': () => {
        installPool(new WorkerPool(size));
      },
      'astro:build:done': async ({ logger }) => {
        const pool = installedPool();
        if (!pool) return;
        logger.info(`${plural(pool.tasksRun, 'task')} ran on ${plural(pool.size, 'worker thread')}.`);
        await pool.close();
        installPool(undefined);
      },
    },
  };
}
