// Astro bundles pages apart from the integrations that make the build's shared things (the worker
// pool, the cache, the code's fingerprint), but both run in one process: each is handed over on
// globalThis under a registered symbol, so the bundled copy of a module finds what the other set.
export interface Handover<T> {
  install: (value: T | undefined) => void;
  installed: () => T | undefined;
}

export function handover<T>(name: string): Handover<T> {
  const key = Symbol.for(`border-statements.${name}`);
  const slot = globalThis as typeof globalThis & Record<symbol, T | undefined>;
  return {
    install: (value) => { slot[key] = value; },
    installed: () => slot[key],
  };
}
