// node scripts/bench/search-ranks.ts [--before DIR] [--after DIR] [--locale es]: types each query of
// search-queries.ts into the built site's own search page (Chromium) and prints, as a Markdown
// table, the rank of the page the reader wants among the first ten distinct pages the page lists.
// With --locale es the queries go to the Spanish search (/es/search/) and want the Spanish pages.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveDist } from '../../tests/support/static-server.ts';
import { rankQueries } from './search-queries.ts';
import { isLocale, localePath, type Locale } from '../../src/lib/locales.ts';

const listed = 10;

/** The first ten distinct pages the search page lists for a query, opening "more" as a reader would. */
async function listedPages(browser: Browser, base: string, query: string, locale: Locale): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`${base}${localePath('/search/', locale)}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset['searchDone'] !== undefined, null, { timeout: 60_000 });
  const pages = () => page.locator('[data-search-results] h3 a').evaluateAll((links) =>
    [...new Set(links.map((a) => new URL(a.getAttribute('href')!, location.href).pathname))]);
  let found = await pages();
  const more = page.locator('[data-search-more]');
  while (found.length < listed && await more.isVisible()) {
    const count = await page.locator('[data-search-results] h3 a').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] h3 a').length > n, count, { timeout: 60_000 });
    found = await pages();
  }
  await page.close();
  return found.slice(0, listed);
}

async function ranks(browser: Browser, dist: string, locale: Locale): Promise<(number | undefined)[]> {
  const server = await serveDist(path.resolve(dist));
  const out: (number | undefined)[] = [];
  for (const q of rankQueries) {
    const pages = await listedPages(browser, server.url, q.query, locale);
    const at = pages.indexOf(localePath(q.wanted, locale));
    out.push(at < 0 ? undefined : at + 1);
  }
  await server.close();
  return out;
}

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

const show = (rank: number | undefined) => (rank === undefined ? '–' : String(rank));

async function main() {
  const runs = [['before', option('--before')], ['after', option('--after') ?? 'dist']].filter((r): r is [string, string] => Boolean(r[1]));
  const asked = option('--locale') ?? 'en';
  if (!isLocale(asked)) throw new Error(`--locale: expected one of en, es, not "${asked}"`);
  const browser = await launchBrowser();
  const columns: (number | undefined)[][] = [];
  for (const [, dist] of runs) columns.push(await ranks(browser, dist, asked));
  await browser.close();
  console.log(`| query | kind | wanted page | ${runs.map(([name]) => `rank ${name}`).join(' | ')} |`);
  console.log(`| --- | --- | --- | ${runs.map(() => '---').join(' | ')} |`);
  rankQueries.forEach((q, i) => {
    console.log(`| \`${q.query}\` | ${q.kind} | ${q.wanted} | ${columns.map((c) => show(c[i])).join(' | ')} |`);
  });
  for (const [r, [name]] of runs.entries()) {
    const c = columns[r]!;
    const first = c.filter((x) => x === 1).length, top3 = c.filter((x) => x !== undefined && x <= 3).length;
    const missing = c.filter((x) => x === undefined).length;
    console.log(`\n${name}: first for ${first} of ${c.length} queries, in the top three for ${top3}, not in the first ${listed} for ${missing}.`);
  }
}

await main();
