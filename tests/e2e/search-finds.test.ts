// Search finds what people look for (issue 13), on the site's own search page: what a query names
// comes first and what involves it next; lists that repeat other pages do not crowd out the pages
// themselves; results read as text; typos are answered; quoted phrases are held; filters narrow.
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';
import { openSearch, shownResults, type ShownResult } from '../support/search-page.ts';
import { normalize } from '../../src/search/normalize.ts';

const site = useSite();
const statement2019 = '/statements/2019-guatemala-border-externalization/';
const statement2017 = '/statements/2017-standing-up-to-harmful-policies/';

async function search(query: string, extra = ''): Promise<ShownResult[]> {
  const page = await site.page();
  await openSearch(page, site.server.url, `?q=${encodeURIComponent(query)}${extra}`);
  const results = await shownResults(page);
  await page.close();
  return results;
}

/** The page's indexed words as a reader sees them (its article), normalized. */
async function pageWords(url: string): Promise<string> {
  const page = await site.page();
  await page.goto(site.url(url));
  const text = await page.locator('article').innerText();
  await page.close();
  return normalize(text);
}

describe('a query that names something puts it first and what involves it next', () => {
  it.each([
    ['Pop Noj', '/organizations/asociacion-pop-noj/', statement2019, "Signed by Asociación Pop No'j"],
    ['Muslim ban', '/policies/eo-13769/', statement2017, 'Discusses Executive Order 13769'],
    ['Asylum Cooperative Agreements', '/policies/safe-third-country-agreements/', statement2019, 'Discusses Safe third country agreements'],
    ['Quédate en México', '/policies/migrant-protection-protocols/', statement2019, 'Discusses Migrant Protection Protocols'],
    ['Government of Guatemala', '/organizations/government-of-guatemala/', statement2019, 'Names Government of Guatemala'],
    ['Vanguardia', '/organizations/vanguardia/', statement2019, 'Cites Vanguardia'],
  ])('"%s": %s first, then %s, which says why', async (query, first, next, why) => {
    const results = await search(query);
    expect(results[0]?.url).toBe(first);
    expect(results[1]?.url).toBe(next);
    expect(results[1]?.why).toBe(why);
  });

  it('a cited work named by its title comes first, then the statement whose note cites it', async () => {
    const results = await search('Tropas de EU ya están en Guatemala para contener migración en frontera con México');
    expect(results.slice(0, 2).map((r) => r.url)).toEqual(['/cited-works/la-jornada-2019-06-03-tropas-de-eu-en-guatemala/', statement2019]);
  });

  it('a signatory\'s name does not list the other signatories\' pages', async () => {
    const results = await search('Pop Noj');
    expect(results.filter((r) => r.url.startsWith('/organizations/')).map((r) => r.url)).toEqual(['/organizations/asociacion-pop-noj/']);
  });

  it('a country lists the statements that name it first, and only organizations whose own record names it', async () => {
    const results = await search('El Salvador');
    expect(results.slice(0, 2).map((r) => r.url).sort()).toEqual([statement2017, statement2019].sort());
    for (const r of results.filter((x) => x.url.startsWith('/organizations/'))) {
      expect(`${r.title} ${r.detail} ${r.excerpt}`, r.url).toMatch(/Salvador/);
    }
  });
});

describe('results read as text', () => {
  it.each(['Families Belong Together Mexico', 'Government of Guatemala', 'metering', 'Guatemala'])(
    '"%s": excerpts and sub-results are the pages\' own words, not section labels', async (query) => {
      const results = await search(query);
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) {
        expect(r.excerpt, r.url).not.toMatch(/^(Signed|Discussed in|Named in|Cited in|Signed most often alongside)\b/);
        expect(r.excerpt, r.url).not.toMatch(/In date order, oldest first/);
        for (const sub of r.subResults) expect(sub.text, sub.url).toMatch(/^(Note \d+|Paragraph \d+|[A-Z][\w ]+) of “/);
        for (const sub of r.subResults) expect(sub.text, sub.url).not.toMatch(/^(Signed|Wrote|Published|Named in|Cited as a source|Discussed in|Cited in) of/);
      }
      expect(results.some((r) => r.marked.length > 0)).toBe(true);
    });

  it('a statement listed for a name shows its own words (summary, text or signatories), not its facts list', async () => {
    const hit = (await search('Families Belong Together Mexico')).find((r) => r.url === statement2019)!;
    expect(hit.why).toBe('Signed by Families Belong Together Mexico');
    const page = await site.page();
    await page.goto(site.url(statement2019));
    const own = normalize((await page.locator('.summary p, .statement-text, .signatories').allInnerTexts()).join(' '));
    await page.close();
    expect(own).toContain(normalize(hit.excerpt.replace(/…/g, ' ')));
  });
});

describe('typos are answered, and no search is a dead end', () => {
  it('"guatamala" shows the results for Guatemala and says so', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?q=guatamala');
    expect(await page.textContent('[data-search-status]')).toMatch(/^No results for “guatamala”\. Showing \d+ results? for “Guatemala”/);
    const results = await shownResults(page);
    expect(results.map((r) => r.url)).toContain(statement2019);
    expect(await page.getAttribute('#search-query', 'spellcheck')).toBe('true');
    await page.close();
  });

  it('a query with a misspelt word among known ones offers the corrected query as a link', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?q=guatamala%20border');
    const link = page.locator('[data-search-suggest] a').first();
    expect(await link.textContent()).toBe('Guatemala border');
    await link.click();
    await page.waitForURL(/q=Guatemala\+border/);
    await page.close();
  });

  it('a query that matches nothing known says so and links to browsing organizations, policies and cited works', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?q=xqzzyplorf');
    expect(await page.textContent('[data-search-status]')).toBe('No results for “xqzzyplorf”.');
    for (const href of ['/organizations/', '/policies/', '/cited-works/']) {
      expect(await page.locator(`[data-search-browse] a[href="${href}"]`).isVisible()).toBe(true);
    }
    await openSearch(page, site.server.url, '?q=asylum');
    expect(await page.locator('[data-search-help]').isVisible(), 'no help when the search finds plenty').toBe(false);
    await page.close();
  });
});

describe('exact phrases', () => {
  it('a quoted phrase lists only pages that hold it, and drops the editorial that only says "countries"', async () => {
    const quoted = await search('"safe third country"');
    expect(quoted.length).toBeGreaterThan(0);
    for (const r of quoted) expect(await pageWords(r.url), r.url).toContain('safe third country');
    expect(quoted.map((r) => r.url)).not.toContain(statement2017);
    expect((await search('safe third country')).map((r) => r.url)).toContain(statement2017);
  });

  it('a quoted name lists its page and only those pages involving it that hold the phrase', async () => {
    const phrase = 'Protecting the Nation from Foreign Terrorist Entry into the United States';
    expect((await search(phrase)).map((r) => r.url).slice(0, 2)).toEqual(['/policies/eo-13769/', statement2017]);
    const quoted = await search(`"${phrase}"`);
    expect(quoted[0]?.url).toBe('/policies/eo-13769/');
    expect(quoted.map((r) => r.url)).not.toContain(statement2017);
    for (const r of quoted) expect(await pageWords(r.url), r.url).toContain(normalize(phrase));
  });
});

describe('filters', () => {
  it('a long filter narrows as one types, keeping chosen values', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?type=Organization&organization=Oxfam');
    const narrow = page.locator('[data-filter="organization"] [data-filter-narrow]');
    expect(await narrow.isVisible()).toBe(true);
    await narrow.fill('guate');
    const visible = await page.locator('[data-filter="organization"] li:visible').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-value')));
    expect(visible).toEqual(expect.arrayContaining(['Government of Guatemala', 'Oxfam']));
    for (const v of visible) expect(v === 'Oxfam' || normalize(v!).includes('guate'), v!).toBe(true);
    await page.close();
  });

  it('the role filter says how a chosen organization takes part, and narrows to that role', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?organization=Vanguardia');
    const roles = await page.locator('[data-filter="role"] li').evaluateAll((lis) => lis.map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
    expect(roles).toEqual(['Was cited (1)']);
    await openSearch(page, site.server.url, '?organization=Washington+Office+on+Latin+America&role=Signed');
    expect((await shownResults(page)).map((r) => r.url)).toEqual([statement2019]);
    await openSearch(page, site.server.url, '?organization=Washington+Office+on+Latin+America&role=Wrote');
    expect((await shownResults(page)).map((r) => r.url)).toEqual([]);
    await page.close();
  });
});

describe('on a phone the results start on the first screen', () => {
  it('the filters fold into one closed line that says how many are chosen, and open on a tap', async () => {
    const page = await site.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await openSearch(page, site.server.url, '?q=asylum&type=Statement');
    const panel = page.locator('[data-filters-panel]');
    expect(await panel.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await expect.poll(() => panel.locator(':scope > summary').innerText()).toBe('Filters (1 chosen)');
    const first = await page.locator('[data-search-results] > li').first().boundingBox();
    expect(first && first.y + 40).toBeLessThan(844);
    await panel.locator(':scope > summary').click();
    await expect.poll(() => page.locator('[data-filter="type"] summary').isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    const wide = await page.goto(site.url('/search/?q=asylum')).then(() => page.locator('[data-filters-panel]'));
    await expect.poll(() => page.locator('[data-filter="type"] summary').isVisible()).toBe(true);
    expect(await wide.locator(':scope > summary').isVisible()).toBe(false);
    await page.close();
  });
});
