// Search finds what people type: acronyms, aliases, names without accents, people, Spanish titles,
// notes; and an organization's, policy's or work's own page comes first for its own name.
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';
import { announcedCount, openSearch, shownResults } from '../support/search-page.ts';

const site = useSite();
const statement2019 = '/statements/2019-guatemala-border-externalization/';
const statement2017 = '/statements/2017-standing-up-to-harmful-policies/';

async function search(query: string) {
  const page = await site.page();
  await openSearch(page, site.server.url, `?q=${encodeURIComponent(query)}`);
  const results = await shownResults(page);
  await page.close();
  return results;
}

describe('an entity page comes first for its own name, acronym or alias', () => {
  it.each([
    ['KIND', '/organizations/kids-in-need-of-defense/'],
    ['Kids in Need of Defense', '/organizations/kids-in-need-of-defense/'],
    ['MPP', '/policies/migrant-protection-protocols/'],
    ['Remain in Mexico', '/policies/migrant-protection-protocols/'],
    ['Matias de Cordova', '/organizations/centro-de-derechos-humanos-fray-matias-de-cordova/'],
    ['Asociacion Pop Noj', '/organizations/asociacion-pop-noj/'],
    ['WOLA', '/organizations/wola/'],
    ['Vanguardia', '/organizations/vanguardia/'],
    ['metering', '/policies/metering/'],
  ])('"%s" → %s', async (query, first) => {
    const results = await search(query);
    expect(results[0]?.url).toBe(first);
  });
});

describe('words from the text and the notes', () => {
  it.each([
    ['McAleenan', statement2019],
    ['Degenhart', statement2019],
    ['Burgi-Palomino', statement2017],
    ['Tillerson', statement2017],
  ])('a person named in a statement ("%s") finds the statement, linking to the paragraph that names them', async (name, statement) => {
    const results = await search(name);
    const hit = results.find((r) => r.url === statement);
    expect(hit, `${statement} among ${results.map((r) => r.url).join(', ')}`).toBeDefined();
    const paragraph = hit!.subResults.find((s) => /#p-\d+$/.test(s.url));
    expect(paragraph).toBeDefined();
    const page = await site.page();
    await page.goto(site.url(paragraph!.url));
    expect(await page.locator(`[id="${paragraph!.url.split('#')[1]}"]`).textContent()).toContain(name);
    await page.close();
  });

  it('a newspaper named only in a note ("Vanguardia") finds the statement with a sub-result "Note 9" at #fn-9', async () => {
    const hit = (await search('Vanguardia')).find((r) => r.url === statement2019);
    expect(hit).toBeDefined();
    expect(hit!.subResults).toContainEqual(expect.objectContaining({ url: `${statement2019}#fn-9` }));
    expect(hit!.subResults.find((s) => s.url.endsWith('#fn-9'))!.text).toMatch(/^Note 9\b/);
  });

  it('"La Jornada" finds its note (#fn-1) in the 2019 statement', async () => {
    const hit = (await search('La Jornada')).find((r) => r.url === statement2019);
    expect(hit?.subResults.map((s) => s.url)).toContain(`${statement2019}#fn-1`);
  });

  it('Spanish words of a cited title, typed without accents, find the work first and the note that cites it', async () => {
    const results = await search('devolvio migrantes');
    expect(results[0]?.url).toBe('/cited-works/vanguardia-2019-06-04-mexico-devolvio-80-mil-migrantes/');
    expect(results.find((r) => r.url === statement2019)?.subResults.map((s) => s.url)).toContain(`${statement2019}#fn-9`);
  });

  it('a Spanish title in the results is marked as Spanish', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?q=Tropas');
    const first = page.locator('[data-search-results] > li h3 a').first();
    expect(await first.getAttribute('href')).toBe('/cited-works/la-jornada-2019-06-03-tropas-de-eu-en-guatemala/');
    expect(await first.getAttribute('lang')).toBe('es');
    await page.close();
  });
});

describe('filters with a query', () => {
  it('"asylum" with the Metering policy filter keeps only pages about that policy', async () => {
    const page = await site.page();
    await openSearch(page, site.server.url, '?q=asylum');
    expect(await announcedCount(page)).toBeGreaterThan(2);
    await openSearch(page, site.server.url, '?q=asylum&policy=Metering');
    const filtered = (await shownResults(page)).map((r) => r.url);
    expect(filtered).toEqual(['/policies/metering/', statement2019]);
    await page.close();
  });
});
