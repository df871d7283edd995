// A small pool of worker threads for the build. Astro renders pages on one thread; the pool lets the
// other cores format citations and draw images meanwhile. Tasks go to the least busy worker.
import { Worker } from 'node:worker_threads';
import type { Task, TaskResult } from './tasks.ts';
import type { ResultMessage, TaskMessage } from './worker.ts';

interface Pending { resolve(value: unknown): void; reject(error: Error): void }

interface Slot { worker: Worker; pending: Map<number, Pending>; failed?: Error }

export class WorkerPool {
  private readonly slots: Slot[];
  private nextId = 1;

  /** Workers in the pool, and tasks handed to it so far (for the build log). */
  get size(): number {
    return this.slots.length;
  }

  get tasksRun(): number {
    return this.nextId - 1;
  }

  constructor(size: number, script: URL = new URL('./worker.ts', import.meta.url)) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => this.spawn(script));
  }

  private spawn(script: URL): Slot {
    const slot: Slot = { worker: new Worker(script), pending: new Map() };
    // Idle workers must not keep a finished (or failed) build alive.
    slot.worker.unref();
    slot.worker.on('message', (message: ResultMessage) => {
      const pending = slot.pending.get(message.id);
      if (!pending) return;
      slot.pending.delete(message.id);
      if ('error' in message) pending.reject(new Error(`A build task failed in a worker thread: ${message.error}`));
      else pending.resolve(message.result);
    });
    // A worker that cannot start or dies takes no more tasks, and its tasks fail instead of hanging.
    const fail = (error: Error) => {
      slot.failed ??= error;
      for (const pending of slot.pending.values()) pending.reject(slot.failed);
      slot.pending.clear();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`A build worker thread stopped (exit code ${code}).`)));
    return slot;
  }

  run<T extends Task>(task: T): Promise<TaskResult<T>> {
    const live = this.slots.filter((s) => !s.failed);
    if (live.length === 0) return Promise.reject(this.slots[0]!.failed!);
    const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      slot.worker.postMessage({ id, task } satisfies TaskMessage);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
