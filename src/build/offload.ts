// Where pages hand CPU-heavy work: to the build's worker pool when `astro build` runs with the
// build-workers integration (src/build/integration.ts), else on the spot (dev server, tests). During
// a build, results also go through the persistent cache (src/build/cache.ts).
import type { WorkerPool } from './pool.ts';
import { runTask, type Task, type TaskResult } from './tasks.ts';
import { bytesCodec, installedCache, jsonCodec, textCodec, type Codec } from './cache.ts';
import { citationFile, type CitationFile } from '../cite/formats.ts';
import type { CslItem } from '../cite/csl.ts';

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

function taskInput(task: Task): unknown {
  return task.kind === 'citations' ? task.item : task.card;
}

export async function offload<T extends Task>(task: T): Promise<TaskResult<T>> {
  const pool = installedPool();
  const compute = async () => (pool ? pool.run(task) : runTask(task));
  const cache = installedCache();
  if (!cache) return compute();
  const codec = (task.kind === 'og-image' ? bytesCodec : jsonCodec) as Codec<TaskResult<T>>;
  return cache.get(task.kind, taskInput(task), codec, compute);
}

/** A citation file's body (BibTeX, RIS, CSL-JSON), from the cache during a build. */
export function cachedCitationFile(file: CitationFile, items: CslItem[]): string {
  const cache = installedCache();
  if (!cache) return citationFile(file, items);
  return cache.getSync('citation-file', { file, items }, textCodec, () => citationFile(file, items));
}
