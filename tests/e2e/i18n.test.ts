// The site in two languages (issue 15), as a reader meets it in Chromium: every sampled page has its
// twin in the other language, a switch that leads there and keeps the reader's place, hreflang
// alternates, the interface's <html lang>, and no English interface words on a Spanish page outside
// what is marked as another language (a statement's words, a title, the switch itself).
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/i18n/messages.ts';
import { localeOfPath, localePath, locales } from '../../src/lib/locales.ts';
import { samplePages } from '../support/dist-pages.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const statement = '/statements/2019-guatemala-border-externalization/';
const pages = samplePages().filter((p) => !/(^|:)404$/.test(p.type)).map((p) => p.url);

/**
 * English interface words to look for on Spanish pages: the catalogue's fixed messages that no Spanish
 * message shares (PDF stays PDF), long enough not to be a piece of another word.
 */
const englishWords = Object.entries(catalogues.en)
  .filter((e): e is [string, string] => typeof e[1] === 'string')
  // The switch names the other language in that language: "Español" is the English page's Spanish word.
  .filter(([key]) => key !== 'language.switch')
  .filter(([, value]) => value.trim().length >= 4 && !Object.values(catalogues.es).includes(value))
  .map(([, value]) => value.trim());

describe('every page in both languages', () => {
  it('the sampled pages include Spanish pages of every type', () => {
    const types = new Set(samplePages().map((p) => p.type));
    for (const type of [...types].filter((t) => !t.includes(':'))) expect(types, type).toContain(`es:${type}`);
  });

  it('each page says its interface language, names its twin in every language and x-default, and links the other language’s page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const url of pages) {
      await page.goto(site.url(url));
      const locale = localeOfPath(url);
      expect(await page.locator('html').getAttribute('lang'), url).toBe(locale);
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
      expect(Object.fromEntries(alternates), url).toEqual({ ...Object.fromEntries(locales.map((l) => [l, localePath(url, l)])), 'x-default': localePath(url, 'en') });
      const other = locales.find((l) => l !== locale)!;
      const switchLink = page.locator('[data-language-switch]');
      expect(await switchLink.getAttribute('href'), url).toBe(localePath(url, other));
      expect(await switchLink.getAttribute('hreflang')).toBe(other);
      expect(await switchLink.getAttribute('lang')).toBe(other);
      expect((await fetch(site.url(localePath(url, other)))).status, localePath(url, other)).toBe(200);
    }
    await context.close();
  });
});

describe('the language switch', () => {
  it('keeps the page and the place on it (a paragraph, a note) both ways, by keyboard', async () => {
    const page = await site.page();
    await page.goto(site.url(`${statement}#p-3`));
    await page.locator('[data-language-switch]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.startsWith('/es/'));
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`/es${statement}#p-3`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-3');

    await page.goto(site.url(`/es${statement}#fn-2`));
    await page.locator('[data-language-switch]').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/es/'));
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`${statement}#fn-2`);
    await page.close();
  });

  it('keeps a search: its query and filters, read in the other language', async () => {
    const page = await site.page();
    await page.goto(site.url('/search/?q=asylum&type=Statement'));
    await page.locator('[data-search-results] li').first().waitFor();
    await page.locator('[data-language-switch]').click();
    await page.waitForURL((u) => u.pathname === '/es/search/');
    await expect.poll(() => page.inputValue('#search-query')).toBe('asylum');
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('Declaración');
    await page.close();
  });

  it('without JavaScript still leads to the same page in the other language', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/policies/'));
    await page.locator('[data-language-switch]').click();
    await page.waitForURL((u) => u.pathname === '/es/policies/');
    expect(await page.locator('h1').textContent()).toBe(catalogues.es['policies.title']);
    await context.close();
  });
});

describe('a Spanish page', () => {
  it('shows no English interface word outside what is marked as another language', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const found: string[] = [];
    // The search page's words are the search's own catalogue (src/i18n/search.*.ts), checked with it.
    for (const url of pages.filter((u) => localeOfPath(u) === 'es' && !u.startsWith('/es/search/'))) {
      await page.goto(site.url(url));
      // The page's Spanish: text and the attributes people read or hear, where the nearest lang is es.
      // (Not <title>: it holds a statement's or work's own title, which no lang can mark there.)
      const spanish = await page.evaluate(() => {
        const parts: string[] = [];
        // Organizations keep their own names ("Amnesty International", in lists' facts too) and files
        // theirs (organizations.csv). A formatted citation quotes the work's own title and authors; its
        // Spanish words ("y", "Recuperado de") are the citation style's, checked in tests/unit/cite/.
        const quoted = (e: Element | null) => Boolean(e?.closest('.cite-text, .print-cite-text'));
        const ownName = (e: Element | null) => Boolean(e?.closest('a[href*="/organizations/"], a[download], .organization-name, .entity-list .meta'));
        const inSpanish = (e: Element | null) => e?.closest('[lang]')?.getAttribute('lang') === 'es' && !ownName(e) && !quoted(e);
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (inSpanish(n.parentElement) && !n.parentElement!.closest('script, style')) parts.push(n.textContent ?? '');
        }
        for (const e of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
          if (inSpanish(e)) for (const a of ['aria-label', 'title', 'placeholder', 'alt']) parts.push(e.getAttribute(a) ?? '');
        }
        // An address (the printed page's own, a cited work's, the editors' e-mail) is no language's words.
        return parts.join('\n').replace(/\bhttps?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ');
      });
      for (const words of englishWords) if (new RegExp(`(^|[^\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(spanish)) found.push(`${url}: "${words}"`);
    }
    expect(found).toEqual([]);
    await context.close();
  });
});
