// Search in the reader's language (issue 15): the Spanish search page (/es/search/) searches the
// Spanish index, which holds every statement whatever its language, with Spanish labels and names;
// its words are Spanish; links shared from the English search keep working. The English search keeps
// its own index, untouched by the Spanish pages.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { shownResults, type ShownResult } from '../support/search-page.ts';
import { parse } from 'yaml';
import { policySchema } from '../../src/content/schemas/index.ts';
import { inLocale } from '../../src/content/localized.ts';
import { termLabel } from '../../src/content/terms.ts';
import { searchEn } from '../../src/i18n/search.en.ts';
import { searchEs } from '../../src/i18n/search.es.ts';
import { interfaceAliases } from '../../src/search/aliases.ts';
import { parseSearchState, serializeSearchState } from '../../src/search/state.ts';

const site = useSite();
const statement2019 = '/es/statements/2019-guatemala-border-externalization/';
const mpp = '/es/policies/migrant-protection-protocols/';
const statement2017 = '/es/statements/2017-standing-up-to-harmful-policies/';

/** Opens the Spanish search at a query string and waits until it has shown it. */
async function openSpanish(page: Page, search: string): Promise<void> {
  await page.goto(site.url(`/es/search/${search}`));
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset['searchDone'] !== undefined, null, { timeout: 60_000 });
}

async function searchSpanish(query: string): Promise<ShownResult[]> {
  const page = await site.page();
  await openSpanish(page, `?q=${encodeURIComponent(query)}`);
  const results = await shownResults(page);
  await page.close();
  return results;
}

describe('the Spanish search finds statements in either language, and names in Spanish', () => {
  it('a Spanish query ("migrantes en la frontera de Guatemala") finds the 2019 statement, written in English', async () => {
    const results = await searchSpanish('migrantes en la frontera de Guatemala');
    expect(results.map((r) => r.url)).toContain(statement2019);
    const hit = results.find((r) => r.url === statement2019)!;
    expect(hit.marked.length, 'the excerpt marks the words found').toBeGreaterThan(0);
  });

  it.each(['Protocolos de Protección a Migrantes', 'Quédate en México', 'Quedate en Mexico'])('"%s" puts the policy first, then the 2019 statement that discusses it, saying why in Spanish', async (query) => {
    const results = await searchSpanish(query);
    const policy = policySchema.parse(parse(fs.readFileSync('content/policies/migrant-protection-protocols.yaml', 'utf8')));
    expect(results[0]?.url).toBe(mpp);
    expect(results[1]?.url).toBe(statement2019);
    expect(results[1]?.why).toBe(searchEs['search.why.discussed'](inLocale(policy, 'name', 'es').value));
  });

  it('a country typed by its Spanish name lists the statements first (as the English search does for its names)', async () => {
    const mexico = termLabel('country', 'MX', 'es');
    const results = await searchSpanish(mexico);
    expect(results.every((r) => r.url.startsWith('/es/')), 'every result is a Spanish page').toBe(true);
    expect(results.slice(0, 2).map((r) => r.url).sort()).toEqual([statement2017, statement2019].sort());
  });

  it('the English search keeps finding English pages only, and the Spanish one Spanish pages only', async () => {
    const page = await site.page();
    await page.goto(site.url('/search/?q=asylum'));
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset['searchDone'] !== undefined, null, { timeout: 60_000 });
    const english = await shownResults(page);
    await page.close();
    const spanish = await searchSpanish('asylum');
    expect(english.length).toBeGreaterThan(0);
    expect(english.filter((r) => r.url.startsWith('/es/'))).toEqual([]);
    expect(spanish.length).toBeGreaterThan(0);
    expect(spanish.filter((r) => !r.url.startsWith('/es/'))).toEqual([]);
  });

  it('both interfaces index the same pages, each in its own language', () => {
    const entry = JSON.parse(fs.readFileSync(path.resolve('dist/pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
    expect(entry.languages['es']!.page_count).toBe(entry.languages['en']!.page_count);
  });
});

describe('the Spanish search speaks Spanish', () => {
  /** The search's English words that differ from their Spanish version (content and names aside). */
  const english = Object.entries(searchEn)
    .filter(([key, value]) => typeof value === 'string' && value !== (searchEs as Record<string, unknown>)[key])
    .map(([, value]) => value as string);
  const wordsIn = (text: string, phrase: string) => new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(text);

  it('labels, filters, type and role values, counts and messages are Spanish, none of the English catalogue', async () => {
    const page = await site.page();
    await openSpanish(page, '?q=Guatemala&type=Declaraci%C3%B3n&role=Firm%C3%B3');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.textContent('h1')).toBe(searchEs['search.title']);
    expect(await page.getByLabel(searchEs['search.field'], { exact: true }).getAttribute('id')).toBe('search-query');
    // Everything the interface says: not the results' titles and excerpts, nor content names
    // (policies, organizations, countries, languages are the content's, from termLabel and inLocale).
    const interfaceTexts = await page.locator('[data-search-root]').evaluate((root) => {
      const content = '[data-search-results] h3, [data-search-results] .excerpt, [data-search-results] .sub-results, [data-search-results] .meta, [data-filter="policy"] li, [data-filter="organization"] li, [data-filter="country"] li, [data-filter="language"] li';
      const texts: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement!;
        if (el.closest(content) || el.closest('noscript') || !node.textContent?.trim()) continue;
        texts.push(node.textContent.trim());
      }
      for (const el of root.querySelectorAll<HTMLElement>('[placeholder], [aria-label]')) texts.push(el.getAttribute('placeholder') ?? '', el.getAttribute('aria-label') ?? '');
      return texts.filter(Boolean);
    });
    expect(interfaceTexts.length).toBeGreaterThan(10);
    const found = interfaceTexts.flatMap((text) => english.filter((e) => wordsIn(text, e)).map((e) => `"${e}" in "${text}"`));
    expect(found).toEqual([]);
    const typeValues = await page.locator('[data-filter="type"] .facet-value').allTextContents();
    expect(typeValues).toContain(searchEs['search.type.statement']);
    expect(await page.locator('[data-filter="role"] .facet-value').allTextContents()).toContain(searchEs['search.role.signed']);
    const status = (await page.textContent('[data-search-status]')) ?? '';
    expect(status).toMatch(/^(\d+ resultados?|Ningún resultado) para «Guatemala» con Tipo: Declaración; Papel de la organización: Firmó\.$/);
    expect(await page.title()).toMatch(/^«Guatemala»: /);
    await page.close();
  });

  it('a search that finds nothing says so, and offers the Spanish lists', async () => {
    const page = await site.page();
    await openSpanish(page, '?q=xqzzyplorf');
    expect(await page.textContent('[data-search-status]')).toBe(`${searchEs['search.count'](0)} para «xqzzyplorf».`);
    const browse = page.locator('[data-search-browse]');
    expect(await browse.isVisible()).toBe(true);
    expect(await browse.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/es/organizations/', '/es/policies/', '/es/cited-works/']);
    await page.close();
  });

  it('without JavaScript the page says so in Spanish and links the Spanish lists', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/es/search/'));
    expect(await page.locator('main').innerText()).toContain(searchEs['search.noScript']);
    expect(await page.locator('main noscript, main a[href="/es/statements/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('shared links in the other language', () => {
  it('an English link opened on the Spanish search chooses the same filters, and the address turns Spanish', async () => {
    const page = await site.page();
    await openSpanish(page, '?q=asylum&type=Statement&country=Mexico');
    const mexico = termLabel('country', 'MX', 'es');
    expect(await page.locator(`[data-filter="type"] input[value="${searchEs['search.type.statement']}"]`).isChecked()).toBe(true);
    expect(await page.locator(`[data-filter="country"] input[value="${mexico}"]`).isChecked()).toBe(true);
    const expected = serializeSearchState({ query: 'asylum', filters: { type: [searchEs['search.type.statement']], country: [mexico] } });
    expect(new URL(page.url()).search).toBe(expected);
    expect(parseSearchState(new URL(page.url()).search, interfaceAliases('es')).filters.type).toEqual([searchEs['search.type.statement']]);
    expect((await shownResults(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('a Spanish link opened on the English search chooses the English values', async () => {
    const page = await site.page();
    await page.goto(site.url(`/search/?type=${encodeURIComponent(searchEs['search.type.citation'])}`));
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset['searchDone'] !== undefined, null, { timeout: 60_000 });
    expect(await page.locator(`[data-filter="type"] input[value="${searchEn['search.type.citation']}"]`).isChecked()).toBe(true);
    const results = await shownResults(page);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.url.startsWith('/cited-works/'))).toBe(true);
    await page.close();
  });
});
