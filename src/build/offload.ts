// Where pages hand CPU-heavy work: to the build's worker pool when `astro build` runs with the
// build-workers integration (src/build/integration.ts), else on the spot (dev server, tests). During
// a build, results also go through the persistent cache (src/build/cache.ts).
import type { WorkerPool } from './pool.ts';
import { runTask, type Task, type TaskResult, type TaskResults } from './tasks.ts';
import { handover } from './handover.ts';
import { bytesCodec, installedCache, jsonCodec, textCodec, type Codec } from './cache.ts';

/** The build's pool, installed by the build-workers integration (src/build/handover.ts says why so). */
const pool = handover<WorkerPool>('build-pool');
export const installPool = pool.install;
export const installedPool = pool.installed;

function taskInput(task: Task): unknown {
  // The locale is part of a formatted citation's key; English keys stay as they were before locales.
  if (task.kind === 'citations') return task.locale && task.locale !== 'en' ? { item: task.item, locale: task.locale } : task.item;
  if (task.kind === 'citation-file') return { file: task.file, items: task.items };
  return task.card;
}

const codecs: { [K in Task['kind']]: Codec<TaskResults[K]> } = {
  citations: jsonCodec as Codec<TaskResults['citations']>,
  'citation-file': textCodec,
  'og-image': bytesCodec,
};

export async function offload<T extends Task>(task: T): Promise<TaskResult<T>> {
  const pool = installedPool();
  const compute = async () => (pool ? pool.run(task) : runTask(task));
  const cache = installedCache();
  if (!cache) return compute();
  return cache.get(task.kind, taskInput(task), codecs[task.kind] as unknown as Codec<TaskResult<T>>, compute);
}
