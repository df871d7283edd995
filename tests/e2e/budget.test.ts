// The page budget, from bytes measured in Chromium (never from timings): the 2019 statement costs at
// most 20 KB gzip before search is used, from this site only, with no render-blocking script; a first
// search costs no more bytes or requests than Pagefind's own default UI on the same index.
import { describe, expect, it } from 'vitest';
import { probeDefaultUiSearch, probePageLoad, probeSiteSearch } from '../../scripts/bench/probe.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const statement = '/statements/2019-guatemala-border-externalization/';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('page budget of the 2019 statement', () => {
  // The Spanish page (issue 15) keeps the same budget: the switch and the interface words must fit.
  it.each([statement, `/es${statement}`])('%s: everything fetched before search is at most 20 KB gzip, all from this site', async (statement) => {
    const load = await probePageLoad(site.browser, site.url(''), statement);
    console.log(`${statement}: ${load.requests} requests, ${kb(load.bytes)} raw, ${kb(load.gzip)} gzip\n${load.transfers.map((t) => `  ${t.type}\t${kb(t.gzip)}\t${t.path}`).join('\n')}`);
    expect(load.transfers.filter((t) => !t.url.startsWith(site.url('/'))).map((t) => t.url), 'requests to other origins').toEqual([]);
    const failed = load.transfers.filter((t) => t.status >= 400).map((t) => `${t.status} ${t.path}`);
    if (failed.length) console.log(`requests that failed (counted in the budget): ${failed.join(', ')}`);
    expect(failed.filter((f) => !f.endsWith('/favicon.ico')), 'failed requests').toEqual([]);
    expect(load.gzip).toBeLessThanOrEqual(20 * 1024);
    expect(load.transfers.some((t) => t.type === 'html')).toBe(true);
  });

  it('no script blocks rendering, and the text is there without JavaScript', async () => {
    const page = await site.page();
    await page.goto(site.url(statement));
    const scripts = await page.evaluate(() => ({
      blocking: performance.getEntriesByType('resource')
        // renderBlockingStatus is Chromium's (not yet in TypeScript's DOM types).
        .filter((e) => (e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking' && (e as PerformanceResourceTiming).initiatorType === 'script')
        .map((e) => e.name),
      classic: [...document.querySelectorAll('script[src]')].filter((s) => s.getAttribute('type') !== 'module' && !s.hasAttribute('defer') && !s.hasAttribute('async')).map((s) => s.getAttribute('src')),
    }));
    expect(scripts).toEqual({ blocking: [], classic: [] });
    await page.close();

    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(site.url(statement));
    expect(await noScript.locator('.statement-text p').count()).toBeGreaterThan(3);
    expect(await noScript.locator('.footnotes li[id^="fn-"]').count()).toBeGreaterThan(3);
    await context.close();
  });

  it('no font is fetched from anywhere; the site uses the reader’s system fonts', async () => {
    const load = await probePageLoad(site.browser, site.url(''), statement);
    expect(load.transfers.filter((t) => t.type === 'font' || /\.(woff2?|ttf|otf)$/.test(t.path)).map((t) => t.url)).toEqual([]);
  });
});

describe('search budget', () => {
  // Each interface searches its own index (pagefind.yml): English from /search/, Spanish from /es/search/.
  it.each([
    { lang: 'en', query: 'asylum', from: statement, searchPath: undefined },
    { lang: 'es', query: 'migrantes', from: `/es${statement}`, searchPath: '/es/search/' },
  ])('a first search ($lang) costs no more bytes or requests than Pagefind’s default UI on the same index', async ({ lang, query, from, searchPath }) => {
    const ours = await probeSiteSearch(site.browser, site.url(''), from, query, searchPath);
    const yardstick = await probeDefaultUiSearch(site.browser, site.url(''), from, query, lang);
    expect(ours.transfers.filter((t) => t.path.startsWith('/pagefind/pagefind.') && t.path.endsWith('_meta')).map((t) => t.path.split('.')[1]?.split('_')[0]), 'the index of the page’s language').toEqual([lang]);
    console.log([
      `first search (${lang}) for "${query}" after reading ${from}:`,
      `  this site:             ${ours.requests} requests, ${kb(ours.bytes)} (${kb(ours.gzip)} gzip), ${ours.resultsShown} results shown`,
      `  Pagefind's default UI: ${yardstick.requests} requests, ${kb(yardstick.bytes)} (${kb(yardstick.gzip)} gzip), ${yardstick.resultsShown} results shown`,
    ].join('\n'));
    expect(ours.resultsShown).toBeGreaterThan(0);
    expect(yardstick.resultsShown).toBeGreaterThan(0);
    expect(ours.gzip).toBeLessThanOrEqual(yardstick.gzip);
    const fragments = (r: typeof ours) => r.transfers.filter((t) => t.type === 'pagefind-fragment').length;
    expect(ours.requests, `this site loads ${fragments(ours)} result fragments for its first page of results, Pagefind's UI ${fragments(yardstick)}`).toBeLessThanOrEqual(yardstick.requests);
  });
});
