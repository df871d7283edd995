// A worker thread of the build's pool (src/build/pool.ts): runs tasks and posts back their results.
import { parentPort } from 'node:worker_threads';
import { runTask, transferables, type Task } from './tasks.ts';

export interface TaskMessage { id: number; task: Task }
export type ResultMessage = { id: number; result: unknown } | { id: number; error: string };

parentPort?.on('message', ({ id, task }: TaskMessage) => {
  try {
    const result = runTask(task);
    parentPort!.postMessage({ id, result } satisfies ResultMessage, transferables(result));
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ResultMessage);
  }
});
