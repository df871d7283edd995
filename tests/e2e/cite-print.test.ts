// "Cite" by the title, a Copy that keeps italics, and the printed page (issue 14, points 3 and 7):
// the address and a "Cite as" line under the title, no back-arrows, light colours in either scheme.
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const site = useSite();
const statement = '/statements/2019-guatemala-border-externalization/';

describe.each([390, 1280])('Cite at %ipx', (width) => {
  it('sits by the title, on the first screen, and opens the formats without JavaScript', async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(statement));
    const summary = page.locator('.statement-header .cite-this summary');
    const box = (await summary.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(800);
    expect(await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      const cite = document.querySelector('.cite-this')!;
      return (h1.compareDocumentPosition(cite) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && cite.previousElementSibling === h1;
    })).toBe(true);
    await summary.click();
    expect(await page.locator('.cite-styles dt').allTextContents()).toEqual(['APA', 'MLA', 'Chicago']);
    await context.close();
  });
});

describe('Copy', () => {
  it('puts the citation on the clipboard as HTML with its italics and as plain text', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url('') });
    const page = await context.newPage();
    await page.goto(site.url(statement));
    await page.locator('.cite-this summary').click();
    await page.getByRole('button', { name: 'Copy APA citation' }).click();
    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe('Copied APA citation.');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { types: item!.types, html: await (await item!.getType('text/html')).text(), plain: await (await item!.getType('text/plain')).text() };
    });
    expect(copied.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(copied.html).toMatch(/<i>Civil Society Organizations Express Deep Concern[^<]*<\/i>/);
    expect(copied.plain).toBe((await page.locator('.cite-text').first().innerText()).trim());
    expect(copied.plain).not.toContain('<');
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)('printing in the %s scheme', (colorScheme) => {
  it('puts the address and "Cite as" under the title, drops the back-arrows, and prints light colours', async () => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(site.url(statement));
    await page.emulateMedia({ media: 'print', colorScheme });
    const printed = await page.evaluate(() => {
      const lines = [...document.querySelectorAll('.print-cite p')].filter((p) => p.checkVisibility()).map((p) => (p as HTMLElement).innerText);
      const luminance = (color: string) => {
        const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const contrast = (a: string, b: string) => { const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m); return (x! + 0.05) / (y! + 0.05); };
      const bg = getComputedStyle(document.body).backgroundColor;
      const colours = ['.eyebrow', 'h1', '.statement-text p', 'a[href]'].map((s) => getComputedStyle(document.querySelector(s)!).color);
      return {
        lines,
        underTitle: document.querySelector('h1')!.nextElementSibling?.matches('.cite-this') ?? false,
        arrows: [...document.querySelectorAll('.footnote-backref')].filter((a) => a.checkVisibility()).length,
        bodyLight: luminance(bg) > 0.9,
        lowest: Math.min(...colours.map((c) => contrast(c, bg))),
      };
    });
    expect(printed.underTitle).toBe(true);
    expect(printed.lines[0]).toMatch(/^https?:\/\/.+\/statements\/2019-guatemala-border-externalization\/$/);
    expect(printed.lines[1]).toMatch(/^Cite as: Alianza Americas, .+\(2019\)\. Civil Society Organizations/);
    expect(printed.arrows).toBe(0);
    expect(printed.bodyLight).toBe(true);
    expect(printed.lowest).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });
});
