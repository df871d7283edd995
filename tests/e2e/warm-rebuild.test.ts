// A rebuild that takes its citations, citation files, social images and the content check's parsed
// texts from the build cache (src/build/cache.ts), and copies the entity pages whose keys did not
// change (src/build/page-keys.ts), writes a dist/ byte-identical to a cold build's, Pagefind index
// included, also over the previous output (moved aside and deleted meanwhile) and after a statement's
// text changed.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { coldBuild, prepareWorkspace, rebuild } from '../../scripts/bench/build.ts';
import { compareTrees } from '../../scripts/bench/determinism.ts';
import { contentIds } from '../support/content-ids.ts';
import { citationFiles } from '../../src/cite/formats.ts';
import { locales } from '../../src/lib/locales.ts';
import { unfinishedName } from '../../src/build/incremental.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const base = path.join(repo, 'bench-out', 'warm-rebuild');
const workspace = path.join(base, 'site');
const cacheDir = path.join(base, 'cache');
// Builds run one after another on a shared machine; the limit is generous on purpose, not a speed check.
const minutes = 10 * 60_000;

/** coldBuild clears dist/, .astro/ and node_modules/ of the copy; the cache kept outside them survives. */
function build(name: string, over = false, content = path.join(repo, 'content'), cold = !over): { dist: string; log: string } {
  const dist = path.join(base, name);
  process.env['BUILD_CACHE_DIR'] = cacheDir;
  try {
    const result = (cold ? coldBuild : rebuild)(workspace, content, dist);
    expect(result.ok, result.log.slice(-3000)).toBe(true);
    return { dist, log: result.log };
  } finally {
    delete process.env['BUILD_CACHE_DIR'];
  }
}

/** The pages Astro copied from the previous build instead of rendering them. */
const copied = (log: string) => new Set([...log.matchAll(/[├└]─ (\S+)\s*\((?:restored|cached)\)/g)].map((m) => m[1]!));

/** Every page with a key: per statement its pages, transcriptions and images in each language and its three files; entity pages. */
function keyedPages(): number {
  const [statements, organizations, policies, works] = (['statements', 'organizations', 'policies', 'citations'] as const).map((c) => contentIds(c).length);
  return statements! * (3 * locales.length + citationFiles.length) + (organizations! + policies! + works!) * locales.length;
}

beforeAll(() => {
  fs.rmSync(base, { recursive: true, force: true });
  prepareWorkspace(workspace);
});

describe('a rebuild from the build cache', () => {
  it('reuses every cached entry and writes the same bytes as a cold build', () => {
    const cold = build('cold');
    // Cold: every entry computed once. Pages may reuse what this build made ahead (src/build/cited-work-files.ts).
    const [works, statements] = [contentIds('citations').length, contentIds('statements').length];
    const made = /Build cache \(.*\): citation-file (\d+) computed, 0 reused; citations (\d+) computed, \d+ reused; og-image (\d+) computed, 0 reused\./.exec(cold.log);
    expect(made?.slice(1).map(Number)).toEqual([(works + statements) * citationFiles.length, (works + statements) * locales.length, statements * locales.length]);
    expect(cold.log).toMatch(/Parsed statement texts: markdown-tree [1-9]\d* computed, 0 reused\./);
    // Astro's store module was rewritten to read the store when the pages run (src/build/content-store-module.ts).
    expect(cold.log).toMatch(/Content store: the pages read [\d.]+ MB of data-store\.json when they run/);
    // Astro's own cache is deleted too (node_modules/.astro/): every page is rendered, from the build cache.
    const warm = build('warm');
    expect(copied(warm.log).size).toBe(0);
    expect(warm.log).toMatch(/Build cache \(.*\): citation-file 0 computed, [1-9]\d* reused; citations 0 computed, [1-9]\d* reused; og-image 0 computed, [1-9]\d* reused\./);
    expect(warm.log).toMatch(/Parsed statement texts: markdown-tree 0 computed, [1-9]\d* reused\./);
    expect(compareTrees(cold.dist, warm.dist)).toEqual([]);
  }, minutes);

  it('over the previous output: the same bytes, and nothing of the old output left beside it', () => {
    fs.writeFileSync(path.join(base, 'warm', 'stale-page.html'), 'from a build long ago');
    const again = build('warm', true);
    // Nothing changed and Astro's cache kept: every page with a key is copied, no social image even asked for.
    expect(copied(again.log).size).toBe(keyedPages());
    expect(again.log).not.toMatch(/og-image \d+ computed/);
    expect(compareTrees(path.join(base, 'cold'), again.dist)).toEqual([]);
    expect(fs.readdirSync(base).filter((name) => name.includes('.removing-'))).toEqual([]);
  }, minutes);

  it('after a build that did not finish: every page rendered again, not copied from what it left', () => {
    // What a failed or killed build leaves in Astro's cache folder (src/build/incremental.ts).
    fs.writeFileSync(path.join(workspace, 'node_modules', '.astro', unfinishedName), 'a build that stopped\n');
    const again = build('warm', true);
    expect(again.log).toContain('The previous build did not finish: every page is rendered again.');
    expect(copied(again.log).size).toBe(0);
    expect(fs.existsSync(path.join(workspace, 'node_modules', '.astro', unfinishedName))).toBe(false);
    expect(compareTrees(path.join(base, 'cold'), again.dist)).toEqual([]);
  }, minutes);

  it("after a statement's text changed: that statement's pages and those naming it rendered, the rest copied, the same bytes as a cold build", () => {
    const content = path.join(base, 'changed-content');
    fs.cpSync(path.join(repo, 'content'), content, { recursive: true });
    const [changed, other] = ['2019-guatemala-border-externalization', '2017-standing-up-to-harmful-policies'];
    fs.appendFileSync(path.join(content, 'statements', `${changed}.md`), '\nA sentence added by the rebuild test.\n');
    const warm = build('changed', true, content);
    const kept = copied(warm.log);
    for (const page of [`/statements/${changed}/index.html`, `/es/statements/${changed}/index.html`]) expect(kept.has(page), page).toBe(false);
    for (const page of [`/statements/${other}/index.html`, `/es/statements/${other}/transcription/index.html`]) expect(kept.has(page), page).toBe(true);
    expect(kept.size).toBeGreaterThan(0);
    expect(kept.size).toBeLessThan(keyedPages());
    expect(fs.readFileSync(path.join(warm.dist, 'statements', changed, 'index.html'), 'utf8')).toContain('A sentence added by the rebuild test.');
    const cold = build('changed-cold', false, content);
    expect(compareTrees(cold.dist, warm.dist)).toEqual([]);
  }, minutes);
});
