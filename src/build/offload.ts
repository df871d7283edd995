// Where pages hand CPU-heavy work: to the build's worker pool when `astro build` runs with the
// build-workers integration (src/build/integration.ts), else on the spot (dev server, tests).
import type { WorkerPool } from './pool.ts';
import { runTask, type Task, type TaskResult } from './tasks.ts';

/**
 * Astro bundles pages separately from the integration that owns the pool, but both run in one
 * process, so the pool is handed over on globalThis under a registered symbol.
 */
const poolKey = Symbol.for('border-statements.build-pool');

type WithPool = typeof globalThis & { [poolKey]?: WorkerPool };

export function installPool(pool: WorkerPool | undefined): void {
  (globalThis as WithPool)[poolKey] = pool;
}

export function installedPool(): WorkerPool | undefined {
  return (globalThis as WithPool)[poolKey];
}

export async function offload<T extends Task>(task: T): Promise<TaskResult<T>> {
  const pool = installedPool();
  return pool ? pool.run(task) : runTask(task);
}
