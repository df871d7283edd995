// Driving /search/ in the browser tests: open a search by URL, wait until the page shows it, and
// read the results back as plain data.
import type { Page } from 'playwright-core';
import { parseSearchState, serializeSearchState } from '../../src/search/state.ts';

/** Waits until the page has shown the search its URL describes (or the given one). */
export async function searchShown(page: Page, search?: string): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const root = document.querySelector<HTMLElement>('[data-search-root]');
      return root?.dataset['searchDone'] !== undefined && (expected === null || root.dataset['searchDone'] === expected);
    },
    search === undefined ? null : serializeSearchState(parseSearchState(search)),
    { timeout: 60_000 },
  );
}

export async function openSearch(page: Page, baseUrl: string, search: string): Promise<void> {
  await page.goto(`${baseUrl}/search/${search}`);
  await searchShown(page, search);
}

export interface ShownResult {
  url: string;
  title: string;
  detail: string;
  /** Why a page is listed when it is not for its words ("Signed by …"). */
  why: string;
  /** The result's own excerpt, and the words marked in it. */
  excerpt: string;
  marked: string[];
  subResults: { url: string; text: string }[];
}

export function shownResults(page: Page): Promise<ShownResult[]> {
  return page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((li) => ({
      url: li.querySelector('h3 a')!.getAttribute('href')!,
      title: li.querySelector('h3 a')!.textContent!.trim(),
      detail: li.querySelector('.meta')?.textContent?.trim() ?? '',
      why: li.querySelector('.why')?.textContent?.trim() ?? '',
      excerpt: li.querySelector(':scope > .excerpt')?.textContent?.trim() ?? '',
      marked: [...li.querySelectorAll('mark')].map((m) => m.textContent!.trim()),
      subResults: [...li.querySelectorAll('.sub-results a')].map((a) => ({ url: a.getAttribute('href')!, text: a.textContent!.trim() })),
    })));
}

/** The number of results the live region announces (more than the first page may show). */
export async function announcedCount(page: Page): Promise<number> {
  const text = (await page.textContent('[data-search-status]')) ?? '';
  return text.startsWith('No results') ? 0 : Number(/^(\d+) results?/.exec(text)?.[1] ?? NaN);
}

/** The current URL's search state, as the page would write it. */
export function urlState(page: Page): string {
  return serializeSearchState(parseSearchState(new URL(page.url()).search));
}
