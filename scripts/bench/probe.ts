// Browser measurements of a built site: the bytes a statement page costs, and the bytes and
// requests of a first search, with the site's own search page and with Pagefind's default UI on
// the same index (the yardstick the page budget names). Each scenario gets a fresh browser context.
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { recordTransfers, settle, summarize, type TransferSummary } from './transfer.ts';

export interface SearchProbe extends TransferSummary { query: string; resultsShown: number }

/** A statement page from a cold cache until the network is idle: everything fetched before any search. */
export async function probePageLoad(browser: Browser, base: string, path: string): Promise<TransferSummary> {
  const context = await browser.newContext();
  const recorder = recordTransfers(context);
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: 'load' });
  await settle(page);
  await recorder.settled();
  // Browsers fetch the page's icon (or /favicon.ico when it names none) on their own; headless
  // Chromium does not always report that request, so it is made here when it is missing.
  const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href ?? new URL('/favicon.ico', location.href).href);
  const iconPath = new URL(icon).pathname;
  const seen = [...recorder.all()];
  if (!seen.some((t) => t.path === iconPath)) {
    const response = await fetch(icon);
    const body = Buffer.from(await response.arrayBuffer());
    const gzip = /\.(png|ico|webp)$/.test(iconPath) && response.ok ? body.length : gzipSync(body, { level: 6 }).length;
    seen.push({ url: icon, path: iconPath, type: 'icon', status: response.status, bytes: body.length, gzip });
  }
  const result = summarize(seen);
  await context.close();
  return result;
}

/** Reads a statement page first (as a reader would), then counts only what the search adds. */
async function afterStatementPage(browser: Browser, base: string, statementPath: string, search: (page: Page) => Promise<number>, query: string): Promise<SearchProbe> {
  const context = await browser.newContext();
  const recorder = recordTransfers(context);
  const page = await context.newPage();
  await page.goto(base + statementPath, { waitUntil: 'load' });
  await settle(page);
  await recorder.settled();
  const before = recorder.all().map((t) => t.path);
  const mark = recorder.mark();
  const resultsShown = await search(page);
  await settle(page);
  await recorder.settled();
  // A warm HTTP cache would not fetch again what the statement page already fetched.
  const added = recorder.since(mark).filter((t) => !before.includes(t.path));
  await context.close();
  return { query, resultsShown, ...summarize(added) };
}

/**
 * The site's search: the query typed into the header's search field and submitted, or, given a
 * search page's path (another language's, e.g. /es/search/), that page opened with the query, which
 * fetches the same: the search page, its script and Pagefind.
 */
export function probeSiteSearch(browser: Browser, base: string, statementPath: string, query: string, searchPath?: string): Promise<SearchProbe> {
  return afterStatementPage(browser, base, statementPath, async (page) => {
    if (searchPath) {
      await page.goto(`${base}${searchPath}?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    } else {
      await page.fill('#site-search', query);
      await Promise.all([page.waitForURL(/\/search\//), page.press('#site-search', 'Enter')]);
    }
    await settle(page);
    const results = page.locator('main [data-search-root] a[href^="/"]');
    await results.first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    return results.count();
  }, query);
}

/** Pagefind's default UI loads the index (and speaks the language) of its page's <html lang>. */
const defaultUiPage = (lang: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Pagefind default UI</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><main><div id="search"></div></main>
<script>new PagefindUI({ element: '#search' });</script></body></html>`;

/** Pagefind's own default UI on the same index, on a page of its own, typing the same query. */
export function probeDefaultUiSearch(browser: Browser, base: string, statementPath: string, query: string, lang = 'en'): Promise<SearchProbe> {
  return afterStatementPage(browser, base, statementPath, async (page) => {
    await page.route('**/__pagefind-default-ui/', (route) => route.fulfill({ contentType: 'text/html', body: defaultUiPage(lang) }));
    await page.goto(`${base}/__pagefind-default-ui/`, { waitUntil: 'load' });
    await page.fill('.pagefind-ui__search-input', query);
    const results = page.locator('.pagefind-ui__result');
    await results.first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    await settle(page);
    return results.count();
  }, query);
}
