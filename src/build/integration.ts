// Gives `astro build` a pool of worker threads for the CPU-heavy tasks of src/build/tasks.ts, so
// they use every core while Astro renders other pages (with build.concurrency > 1), and a cache of
// their results that survives builds (src/build/cache.ts).
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { installPool, installedPool } from './offload.ts';
import { WorkerPool } from './pool.ts';
import { BuildCache, defaultCacheDir, installCache, installedCache } from './cache.ts';
import { projectFingerprints } from './fingerprints.ts';
import { removeOldOutput } from './old-output.ts';
import { plural } from '../lib/plural.ts';

/**
 * The project's build cache: in BUILD_CACHE_DIR if set (relative to the project root), else in
 * node_modules/.cache/border-statements; none when BUILD_CACHE=off.
 */
export function openBuildCache(root: string): BuildCache | undefined {
  if (process.env['BUILD_CACHE'] === 'off') return undefined;
  return new BuildCache(path.resolve(root, process.env['BUILD_CACHE_DIR'] || defaultCacheDir), projectFingerprints(root));
}

/**
 * One worker per core (at most eight, which is more than the tasks need): Astro's own thread spends
 * much of its time waiting for them.
 */
export function buildWorkers(size = Math.min(os.availableParallelism(), 8)): AstroIntegration {
  let root = process.cwd();
  let outDir: string | undefined;
  let removal: Promise<void> = Promise.resolve();
  return {
    name: 'build-workers',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // Before Astro empties the output folder (right after this hook), so it finds nothing to delete.
        if (outDir) removal = removeOldOutput(outDir);
        installPool(new WorkerPool(size));
        installCache(openBuildCache(root));
      },
      'astro:build:done': async ({ logger }) => {
        await removal;
        const cache = installedCache();
        if (cache) logger.info(`Build cache (${path.relative(root, cache.dir)}): ${cache.summary() || 'not used'}.`);
        if (cache?.shared) logger.info(`${plural(cache.shared, 'request')} shared an entry made ahead while it was being made.`);
        installCache(undefined);
        const pool = installedPool();
        if (!pool) return;
        logger.info(`${plural(pool.tasksRun, 'task')} ran on ${plural(pool.size, 'worker thread')}.`);
        await pool.close();
        installPool(undefined);
      },
    },
  };
}
