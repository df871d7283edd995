// A build that did not finish may have left page copies newer than Astro's list of keys says: the next
// build forgets the list (and renders every page) instead of trusting it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { finishIncrementalBuild, manifestName, startIncrementalBuild } from '../../../src/build/incremental.ts';

let dir: string;
beforeEach(() => { dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'incremental-')), '.astro'); });
afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

const manifest = () => path.join(dir, manifestName);
/** What Astro does between the two hooks: render pages, then write its list. */
const astroWritesList = () => fs.writeFileSync(manifest(), '{"routes":{}}');

test('after a build that finished, the next build keeps the list of keys', () => {
  expect(startIncrementalBuild(dir)).toBe(false);
  astroWritesList();
  finishIncrementalBuild(dir);
  expect(startIncrementalBuild(dir)).toBe(false);
  expect(fs.existsSync(manifest())).toBe(true);
});

test('after a build that failed or was killed, the next build forgets it', () => {
  startIncrementalBuild(dir);
  astroWritesList();
  finishIncrementalBuild(dir);
  startIncrementalBuild(dir); // renders some pages, then stops: no finish
  expect(startIncrementalBuild(dir)).toBe(true);
  expect(fs.existsSync(manifest())).toBe(false);
});
