// The content store reaches the pages as a file read when the module runs, not as a string literal
// compiled with the module: the same value as Astro's own module, and only Astro's store is rewritten.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentStoreAtRunTime, contentStoreFile, contentStoreModule, contentStoreModuleId } from '../../../src/build/content-store-module.ts';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-store-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

// A store as Astro writes it (devalue's flat array), with the characters a statement's text carries.
const store = [{ statements: 1 }, [2], 'Niñas y niños "en la frontera" — </script> \u2028 \\ ¿dónde?', 42, null];
/** Astro's own module for a store file: the whole file as one string literal. */
const astroModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;

function transform(code: string, id = contentStoreModuleId) {
  const hook = contentStoreAtRunTime(path.join(dir, 'data-store.json')).transform as { handler: (code: string, id: string) => unknown };
  return hook.handler.call({}, code, id) as { code: string } | null;
}

async function evaluate(code: string, name: string): Promise<unknown> {
  const file = path.join(dir, `${name}.mjs`);
  fs.writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('the content store read at run time', () => {
  it("gives the pages the same value as Astro's compiled module", async () => {
    const json = JSON.stringify(store);
    fs.writeFileSync(path.join(dir, 'data-store.json'), json);
    const rewritten = transform(astroModule(json));
    expect(rewritten?.code).not.toContain('niños');
    expect(await evaluate(rewritten!.code, 'at-run-time')).toEqual(await evaluate(astroModule(json), 'compiled'));
  });

  it('reads the store as it is when the pages run, not as it was when the module was bundled', async () => {
    const file = path.join(dir, 'data-store.json');
    fs.writeFileSync(file, JSON.stringify(['later']));
    expect(await evaluate(contentStoreModule(file), 'later')).toEqual(['later']);
  });

  it("leaves an empty store (Astro's own Map) and every other module alone", () => {
    expect(transform('export default new Map()')).toBeNull();
    expect(transform(astroModule('[]'), '\0astro:content')).toBeNull();
    expect(transform(astroModule('[]'), '/site/src/pages/index.astro')).toBeNull();
  });

  it("finds the store in Astro's cache folder", () => {
    expect(contentStoreFile(pathToFileURL(`${dir}/cache/`))).toBe(path.join(dir, 'cache', 'data-store.json'));
  });
});
