// A cache that survives builds: formatted citations, citation files and social images on disk,
// each keyed by a hash of its input and of everything it depends on (see fingerprints.ts), so an
// entry is never stale and the folder is safe to delete at any time.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { handover } from './handover.ts';

/** Where `astro build` keeps the cache, relative to the project root (git-ignored with node_modules). */
export const defaultCacheDir = 'node_modules/.cache/border-statements';

/** What one kind of entry is made from besides its input: a string that changes when any dependency does. */
export type Fingerprint = () => string;

export interface Codec<T> { encode(value: T): Uint8Array | string; decode(bytes: Buffer): T }

export const jsonCodec: Codec<unknown> = {
  encode: (value) => JSON.stringify(value),
  decode: (bytes) => JSON.parse(bytes.toString('utf8')) as unknown,
};
export const textCodec: Codec<string> = { encode: (value) => value, decode: (bytes) => bytes.toString('utf8') };
export const bytesCodec: Codec<Uint8Array<ArrayBuffer>> = {
  encode: (value) => value,
  decode: (bytes) => new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as Uint8Array<ArrayBuffer>,
};

export function sha256(...parts: (string | Uint8Array)[]): string {
  const hash = crypto.createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** JSON with keys in a fixed order, so equal inputs give equal keys whatever order they were built in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export class BuildCache {
  /** Per kind: entries read from disk and entries computed (for the build log and the tests). */
  readonly hits = new Map<string, number>();
  readonly misses = new Map<string, number>();
  /** Requests that shared an entry another request was still making. */
  shared = 0;
  private readonly fingerprints = new Map<string, string>();

  readonly dir: string;
  private readonly dependencies: Record<string, Fingerprint>;

  constructor(dir: string, dependencies: Record<string, Fingerprint>) {
    this.dir = dir;
    this.dependencies = dependencies;
  }

  /** The entry's key: its kind, the fingerprint of the kind's dependencies, and its input. */
  key(kind: string, input: unknown): string {
    let fingerprint = this.fingerprints.get(kind);
    if (fingerprint === undefined) {
      const dependency = this.dependencies[kind];
      if (!dependency) throw new Error(`The build cache has no fingerprint for "${kind}".`);
      fingerprint = dependency();
      this.fingerprints.set(kind, fingerprint);
    }
    return sha256(kind, fingerprint, stableJson(input));
  }

  private file(kind: string, key: string): string {
    return path.join(this.dir, kind, key.slice(0, 2), key);
  }

  private count(map: Map<string, number>, kind: string): void {
    map.set(kind, (map.get(kind) ?? 0) + 1);
  }

  /** The stored value, or undefined when there is none (or it cannot be read: then it is made again). */
  read<T>(kind: string, key: string, codec: Codec<T>): T | undefined {
    try {
      return codec.decode(fs.readFileSync(this.file(kind, key)));
    } catch {
      return undefined;
    }
  }

  /** Written to a temporary name and renamed, so a build cut off midway leaves no half entry. */
  write<T>(kind: string, key: string, value: T, codec: Codec<T>): void {
    const file = this.file(kind, key);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${crypto.randomUUID()}.tmp`;
    fs.writeFileSync(temporary, codec.encode(value));
    fs.renameSync(temporary, file);
  }

  /**
   * The same, on libuv's thread pool: during a build, Astro's own thread renders other pages
   * meanwhile instead of waiting for the disk.
   */
  async writeAsync<T>(kind: string, key: string, value: T, codec: Codec<T>): Promise<void> {
    const file = this.file(kind, key);
    const folder = path.dirname(file);
    const temporary = `${file}.${process.pid}.${crypto.randomUUID()}.tmp`;
    const bytes = codec.encode(value);
    if (!this.folders.has(folder)) {
      await fs.promises.mkdir(folder, { recursive: true });
      this.folders.add(folder);
    }
    try {
      await fs.promises.writeFile(temporary, bytes);
    } catch (error) {
      // The folder was deleted during the build (the cache is safe to delete at any time): made again.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await fs.promises.mkdir(folder, { recursive: true });
      await fs.promises.writeFile(temporary, bytes);
    }
    await fs.promises.rename(temporary, file);
  }

  /** Folders known to exist: one mkdir per folder and build, not one per entry (256 folders hold a kind). */
  private readonly folders = new Set<string>();

  /** The stored value, read on libuv's thread pool, or undefined as read() gives it. */
  async readAsync<T>(kind: string, key: string, codec: Codec<T>): Promise<T | undefined> {
    try {
      return codec.decode(await fs.promises.readFile(this.file(kind, key)));
    } catch {
      return undefined;
    }
  }

  /** The cached value for this input, or the computed one (then stored). */
  getSync<T>(kind: string, input: unknown, codec: Codec<T>, compute: () => T): T {
    const { key, stored } = this.lookup(kind, input, codec);
    if (stored !== undefined) return stored;
    const value = compute();
    this.write(kind, key, value, codec);
    return value;
  }

  /**
   * As getSync, with the disk read and written off the calling thread. A second request for an entry
   * still being made (a page asking for what the build is making ahead) shares the first one's work:
   * counted apart, as neither computed nor reused.
   */
  get<T>(kind: string, input: unknown, codec: Codec<T>, compute: () => Promise<T>): Promise<T> {
    const key = this.key(kind, input);
    const shared = this.inFlight.get(key) as Promise<T> | undefined;
    if (shared) {
      this.shared++;
      return shared;
    }
    const made = this.make(kind, key, codec, compute).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, made);
    return made;
  }

  /** Entries being read or made, by key: held only until they are ready, then read from disk. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  private async make<T>(kind: string, key: string, codec: Codec<T>, compute: () => Promise<T>): Promise<T> {
    const stored = this.counted(kind, await this.readAsync(kind, key, codec));
    if (stored !== undefined) return stored;
    const value = await compute();
    await this.writeAsync(kind, key, value, codec);
    return value;
  }

  /** The entry's key and its stored value if there is one, counted as reused or to compute. */
  private lookup<T>(kind: string, input: unknown, codec: Codec<T>): { key: string; stored: T | undefined } {
    const key = this.key(kind, input);
    return { key, stored: this.counted(kind, this.read(kind, key, codec)) };
  }

  private counted<T>(kind: string, stored: T | undefined): T | undefined {
    this.count(stored !== undefined ? this.hits : this.misses, kind);
    return stored;
  }

  /** "citations 12 computed, 3,400 reused; …" for the build log. */
  summary(): string {
    const kinds = [...new Set([...this.hits.keys(), ...this.misses.keys()])].sort();
    return kinds.map((k) => `${k} ${this.misses.get(k) ?? 0} computed, ${this.hits.get(k) ?? 0} reused`).join('; ');
  }
}

/** The build's cache, installed by the build-workers integration (src/build/handover.ts says why so). */
const cache = handover<BuildCache>('build-cache');
export const installCache = cache.install;
export const installedCache = cache.installed;
