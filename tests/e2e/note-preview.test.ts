// Note previews: a note reference shows its note in place on hover, keyboard focus and touch, with
// focus left where it was, no repeated ids, and Escape to close; without JavaScript it jumps.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

const site = useSite();
const statement = '/statements/2019-guatemala-border-externalization/';
const preview = '#note-preview';

const duplicateIds = (page: Page) => page.evaluate(() => {
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
  return ids.filter((id, i) => ids.indexOf(id) !== i);
});
const noteText = (page: Page, n: number) => page.evaluate((id) => {
  const clone = document.getElementById(id)!.cloneNode(true) as HTMLElement;
  // The note's claim and "note n of N" are left out beside the reference they would repeat.
  clone.querySelectorAll('.footnote-backref, [data-copy-link], .note-claim, .note-where').forEach((e) => e.remove());
  return clone.textContent!.replace(/\s+/g, ' ').trim();
}, `fn-${n}`);
/** Previews are for screens too narrow for sidenotes (tests/e2e/sidenotes.test.ts covers wide ones). */
const narrowPage = async () => (await site.browser.newContext({ viewport: { width: 900, height: 800 } })).newPage();
const previewText = (page: Page) => page.locator(`${preview} > :not(.note-preview-label)`).evaluateAll((els) => els.map((e) => e.textContent).join(' ').replace(/\s+/g, ' ').trim());

describe('note previews', () => {
  it('keyboard focus on a reference shows its note, keeps focus, repeats no id, and Escape closes it', async () => {
    const page = await narrowPage();
    await page.goto(site.url(statement));
    await page.locator('#fnref-2').focus();
    await expect.poll(() => page.locator(preview).isVisible()).toBe(true);
    expect(await previewText(page)).toBe(await noteText(page, 2));
    expect(await page.locator(`${preview} .note-preview-label`).textContent()).toBe('Note 2');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fnref-2');
    expect(await page.locator('#fnref-2').getAttribute('aria-describedby')).toBe('note-preview');
    expect(await duplicateIds(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.locator(preview).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fnref-2');
    // Moving on closes it, unless focus lands on another reference, which shows that one's note.
    await page.keyboard.press('Tab');
    const onReference = await page.evaluate(() => document.activeElement?.matches('[data-footnote-ref]') ?? false);
    await expect.poll(() => page.locator(preview).isVisible()).toBe(onReference);
    await page.context().close();
  });

  it('hovering shows the note, moving into the preview keeps it, moving away closes it', async () => {
    const page = await narrowPage();
    // The page's own clock, moved on by hand: the preview's closing delay passes whatever the machine's speed.
    await page.clock.install();
    await page.goto(site.url(statement));
    await page.locator('#fnref-4').hover();
    await expect.poll(() => page.locator(preview).isVisible()).toBe(true);
    expect(await previewText(page)).toBe(await noteText(page, 4));
    const box = (await page.locator(preview).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.clock.runFor(2000);
    expect(await page.locator(preview).isVisible()).toBe(true);
    await page.mouse.move(2, 2, { steps: 4 });
    await page.clock.runFor(2000);
    expect(await page.locator(preview).isVisible()).toBe(false);
    expect(await duplicateIds(page)).toEqual([]);
    await page.context().close();
  });

  it('on a touch screen a first tap previews and a second tap goes to the note', async () => {
    const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url(statement));
    await page.locator('#fnref-1').tap();
    await expect.poll(() => page.locator(preview).isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    const box = (await page.locator(preview).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.locator('#fnref-1').tap();
    await expect.poll(() => new URL(page.url()).hash).toBe('#fn-1');
    await context.close();
  });

  it('without JavaScript a reference jumps to its note', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(statement));
    await page.locator('#fnref-3').click();
    expect(new URL(page.url()).hash).toBe('#fn-3');
    expect(await page.locator(preview).count()).toBe(0);
    await context.close();
  });
});
