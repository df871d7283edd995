// "Copy link" on paragraphs, notes and source pages: a real link without JavaScript, a copy of the
// full address with it, by pointer or keyboard, announced in a live region; the target is marked.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useSite } from '../support/site.ts';

const site = useSite();
const statement = '/statements/2019-guatemala-border-externalization/';

async function clipboardContext(): Promise<BrowserContext> {
  const context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url('') });
  return context;
}
const clipboard = (context: BrowserContext) => context.pages()[0]!.evaluate(() => navigator.clipboard.readText());

describe('copy link', () => {
  it('every paragraph and note has a link to its own anchor', async () => {
    const page = await site.page();
    await page.goto(site.url(statement));
    const targets = await page.locator('.statement-text [id^="p-"], .footnotes li[id^="fn-"]').evaluateAll((els) => els.map((e) => e.id));
    const links = await page.locator('a[data-copy-link]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(targets.length).toBeGreaterThan(10);
    expect(links).toEqual(targets.map((id) => `#${id}`));
    await page.close();
  });

  it('copies the full address of a paragraph on click, marks it as the target and announces it', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(site.url(statement));
    await page.locator('a[href="#p-3"][data-copy-link]').click();
    expect(await clipboard(context)).toBe(site.url(`${statement}#p-3`));
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-3');
    await expect.poll(() => page.locator('.copy-status[role="status"]').textContent()).toBe('Copied the link to paragraph 3.');
    await context.close();
  });

  it('copies a note’s address from the keyboard, with Enter', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(site.url(statement));
    await page.locator('a[href="#fn-2"][data-copy-link]').focus();
    await page.keyboard.press('Enter');
    expect(await clipboard(context)).toBe(site.url(`${statement}#fn-2`));
    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe('Copied the link to note 2.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#fn-2');
    await context.close();
  });

  it('copies a source page’s address without leaving the page', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    const path = '/cited-works/wola-2019-06-05-80-homeland-security-agents-to-guatemala/';
    await page.goto(site.url(path));
    await page.getByRole('link', { name: 'Link to this page' }).click();
    expect(await clipboard(context)).toBe(site.url(path));
    expect(page.url()).toBe(site.url(path));
    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe('Copied the link to this page.');
    await context.close();
  });

  it('without JavaScript the link still leads to its paragraph, and opening the address highlights it', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(statement));
    await page.locator('a[href="#p-4"][data-copy-link]').click();
    expect(new URL(page.url()).hash).toBe('#p-4');
    await page.goto(site.url(`${statement}#fn-3`));
    const highlighted = await page.evaluate(() => {
      const target = document.querySelector(':target')!;
      return { id: target.id, outline: getComputedStyle(target).outlineStyle };
    });
    expect(highlighted).toEqual({ id: 'fn-3', outline: 'solid' });
    await context.close();
  });
});
