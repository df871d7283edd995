// The search page keeps its state in the URL: filters widen within one filter (OR) and narrow across
// filters (AND), filters alone list matches newest first, counts match what a click gives, a shared
// URL restores the search, and the back button walks back through searches.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parse } from 'yaml';
import { useSite } from '../support/site.ts';
import { announcedCount, openSearch, searchShown, shownResults, urlState } from '../support/search-page.ts';

const site = useSite();

const yamlDir = (dir: string) => fs.readdirSync(`content/${dir}`).filter((f) => f.endsWith('.yaml'));
const citationDates = new Map(yamlDir('citations').map((f) => [`/cited-works/${f.slice(0, -5)}/`, String(parse(fs.readFileSync(`content/citations/${f}`, 'utf8')).date ?? '')]));
const statementDates = new Map(fs.readdirSync('content/statements').filter((f) => f.endsWith('.md')).map((f) => {
  const front = fs.readFileSync(`content/statements/${f}`, 'utf8').split(/^---$/m)[1]!;
  return [`/statements/${f.slice(0, -3)}/`, String(parse(front).date)];
}));

async function checkbox(page: import('playwright-core').Page, key: string, value: string) {
  return page.locator(`[data-filter="${key}"] input[type="checkbox"][value="${value}"]`);
}

async function shownCount(page: import('playwright-core').Page, key: string, value: string): Promise<number> {
  const label = page.locator(`[data-filter="${key}"] li`).filter({ has: page.locator(`input[value="${value}"]`) }).locator('.count');
  return Number(/\d+/.exec((await label.textContent()) ?? '')?.[0]);
}

describe('browsing by filter alone', () => {
  it('a filter-only URL lists every match, newest first', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?type=Cited+work');
    const urls = (await shownResults(page)).map((r) => r.url);
    if (await page.locator('[data-search-more]').isVisible()) {
      await page.click('[data-search-more]');
      await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, urls.length);
    }
    const all = (await shownResults(page)).map((r) => r.url);
    expect(new Set(all)).toEqual(new Set(citationDates.keys()));
    const dates = all.map((u) => citationDates.get(u)!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.textContent('[role="status"]')).toMatch(/newest first/);
    await page.close();
  });

  it('different filters narrow (AND): statements of 2019 only', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?type=Statement&year=2019');
    const expected = [...statementDates].filter(([, d]) => d.startsWith('2019')).map(([u]) => u);
    expect((await shownResults(page)).map((r) => r.url)).toEqual(expected);
    await page.close();
  });

  it('several values of one filter widen (OR), from repeated URL parameters, newest first', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?type=Statement&year=2017&year=2019');
    const urls = (await shownResults(page)).map((r) => r.url);
    const expected = [...statementDates].filter(([, d]) => /^(2017|2019)/.test(d)).sort(([, a], [, b]) => b.localeCompare(a)).map(([u]) => u);
    expect(expected.length).toBeGreaterThan(1);
    expect(urls).toEqual(expected);
    await openSearch(page, site.server.url, '?type=Policy&type=Organization');
    expect(await announcedCount(page)).toBe(yamlDir('policies').length + yamlDir('organizations').length);
    await page.close();
  });
});

describe('filter counts', () => {
  it('each value shows the number of results choosing it gives, for the current query', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?q=metering');
    const values = await page.locator('[data-filter="type"] input[type="checkbox"]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(values.length).toBeGreaterThan(1);
    for (const value of values) {
      const count = await shownCount(page, 'type', value);
      await openSearch(page, site.server.url, `?q=metering&type=${encodeURIComponent(value)}`);
      expect(await announcedCount(page), value).toBe(count);
      await openSearch(page, site.server.url, '?q=metering');
    }
    await page.close();
  });

  it('choosing a second value of a filter adds the results its count promised', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?q=metering&type=Policy');
    const policies = await announcedCount(page);
    const statements = await shownCount(page, 'type', 'Statement');
    expect(statements).toBeGreaterThan(0);
    await (await checkbox(page, 'type', 'Statement')).check();
    await searchShown(page, '?q=metering&type=Policy&type=Statement');
    expect(await announcedCount(page)).toBe(policies + statements);
    await page.close();
  });
});

describe('state in the URL and history', () => {
  it('choosing filters with the keyboard writes them to the URL as repeated parameters', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?q=metering');
    await (await checkbox(page, 'type', 'Policy')).focus();
    await page.keyboard.press('Space');
    await searchShown(page, '?q=metering&type=Policy');
    await (await checkbox(page, 'type', 'Statement')).focus();
    await page.keyboard.press('Space');
    await searchShown(page, '?q=metering&type=Policy&type=Statement');
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Policy', 'Statement']);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Statement');
    await page.close();
  });

  it('a shared URL opened in a new page restores the query, the filters and the results', async () => {
    const first = await site.page();
    await openSearch(first, site.server.url, '?q=metering');
    await (await checkbox(first, 'policy', 'Metering')).check();
    await searchShown(first, '?q=metering&policy=Metering');
    const shared = first.url();
    const results = await shownResults(first);
    const context = await site.browser.newContext();
    const second = await context.newPage();
    await second.goto(shared);
    await searchShown(second, '?q=metering&policy=Metering');
    expect(await second.inputValue('#search-query')).toBe('metering');
    expect(await second.title()).toMatch(/^“metering”: Search/);
    expect(await (await checkbox(second, 'policy', 'Metering')).isChecked()).toBe(true);
    expect(await shownResults(second)).toEqual(results);
    await context.close();
    await first.close();
  });

  it('the back button restores the previous query, filters and results', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?q=metering');
    const before = await shownResults(page);
    await (await checkbox(page, 'type', 'Statement')).check();
    await searchShown(page, '?q=metering&type=Statement');
    expect(await announcedCount(page)).toBeLessThan(before.length);
    await page.fill('#search-query', 'Remain in Mexico');
    await searchShown(page, '?q=Remain+in+Mexico&type=Statement');
    await page.goBack();
    await searchShown(page, '?q=metering&type=Statement');
    expect(await page.inputValue('#search-query')).toBe('metering');
    await page.goBack();
    await searchShown(page, '?q=metering');
    expect(urlState(page)).toBe('?q=metering');
    expect(await (await checkbox(page, 'type', 'Statement')).isChecked()).toBe(false);
    expect(await shownResults(page)).toEqual(before);
    await page.close();
  });

  it('typing a query is one history entry, not one per keystroke', async () => {
    const page = await site.page();
    await page.goto(site.url('/search/'));
    await searchShown(page, '');
    await page.click('#search-query');
    await page.keyboard.type('metering', { delay: 20 });
    await searchShown(page, '?q=metering');
    await page.keyboard.type(' Mexico', { delay: 20 });
    await searchShown(page, '?q=metering+Mexico');
    await page.goBack();
    await searchShown(page, '');
    expect(await page.inputValue('#search-query')).toBe('');
    await page.close();
  });
});

describe('the page', () => {
  it('announces the results in a polite live region', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?q=metering&policy=Metering');
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toBe(`${(await shownResults(page)).length} results for “metering” with Policy: Metering.`);
    await page.close();
  });

  it('shows a first page of results and, on request, the next ones, moving focus to the first new one', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?type=Organization');
    const total = await announcedCount(page);
    const first = (await shownResults(page)).length;
    expect(first).toBeLessThan(total);
    await page.focus('[data-search-more]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, first);
    const next = await shownResults(page);
    expect(next.slice(0, first)).toEqual((await shownResults(page)).slice(0, first));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(next[first]!.url);
    await page.close();
  });

  it('labels the query field and every filter control', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?q=metering');
    expect(await page.getByLabel('Search for words, names or titles', { exact: true }).getAttribute('id')).toBe('search-query');
    const unlabelled = await page.locator('[data-search-form] input').evaluateAll((inputs) =>
      inputs.filter((i) => !(i as HTMLInputElement).labels?.length).map((i) => (i as HTMLInputElement).name));
    expect(unlabelled).toEqual([]);
    await page.close();
  });

  it('the header search field on any page leads to the results', async () => {
    const page = await site.page();
    await page.goto(site.url('/about/'));
    await page.fill('#site-search', 'KIND');
    await page.press('#site-search', 'Enter');
    await searchShown(page, '?q=KIND');
    expect((await shownResults(page))[0]?.url).toBe('/organizations/kids-in-need-of-defense/');
    await page.close();
  });

  it('without JavaScript says so and links to the browse pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/search/?q=metering'));
    expect(await page.locator('main').innerText()).toContain('Search needs JavaScript');
    for (const href of ['/statements/', '/organizations/', '/policies/', '/cited-works/']) {
      expect(await page.locator(`main a[href="${href}"]:visible`).first().isVisible()).toBe(true);
    }
    expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
    await context.close();
  });

  it('loads its script as an external module, with no inline script', async () => {
    const html = await (await fetch(site.url('/search/'))).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/type="module"/);
      expect(attrs).toMatch(/src="\/_astro\/[^"]+\.js"/);
      expect(body!.trim()).toBe('');
    }
  });
});
