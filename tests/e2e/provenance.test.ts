// "About this text" leads back to the original (issue 14, point 2): the transcription is a page of
// the site, not a repository path, and neither page scrolls sideways on a phone.
import { describe, expect, it } from 'vitest';
import { contentIds } from '../support/content-ids.ts';
import { useSite } from '../support/site.ts';

const site = useSite();

describe.each(contentIds('statements'))('the statement %s', (slug) => {
  it.each([390, 1280])('links to its transcription, a readable page of the site, at %ipx without JavaScript', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(`/statements/${slug}/`));
    const about = page.locator('section.provenance');
    expect(await about.locator('code').count()).toBe(0);
    expect(await about.textContent()).not.toContain('content/sources/');
    const title = (await page.locator('h1').textContent())!.trim();
    await about.getByRole('link', { name: 'read the transcription' }).click();
    expect(new URL(page.url()).pathname).toBe(`/statements/${slug}/transcription/`);
    // The click returns once the new page is committed; its width is measured with its stylesheet applied.
    await page.waitForLoadState('load');
    const shown = await page.evaluate(() => ({
      text: document.querySelector('pre.transcription')?.textContent ?? '',
      h1: document.querySelector('h1')?.textContent?.trim(),
      scrollWidth: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
      backLink: document.querySelector('main a[href$="/statements/' + location.pathname.split('/')[2] + '/"]') !== null,
    }));
    expect(shown.h1).toBe(title);
    // The transcription holds the words of the title (markup in it is shown as text, never rendered).
    expect(shown.text.replace(/[*#_“”"]/g, '')).toContain(title.split(' ').slice(0, 4).join(' '));
    expect(shown.backLink).toBe(true);
    expect(shown.scrollWidth).toBeLessThanOrEqual(shown.width);
    await context.close();
  });
});
