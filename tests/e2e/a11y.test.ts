// Accessibility of every page type in Chromium: axe-core finds no WCAG 2.2 AA violation in the light
// or the dark scheme; every control is reached by Tab with a visible focus ring; the skip link
// works; each page has its landmarks and exactly one h1.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { samplePages } from '../support/dist-pages.ts';
import { messages } from '../../src/i18n/messages.ts';
import { localeOfPath } from '../../src/lib/locales.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const searchWithResults = '/search/?q=asylum';
// Every page type (home, about, 404, each index, each entity page), the search page with results.
const pages = [...samplePages().map((p) => (p.type === '404' ? '/no-such-page/' : p.url)), searchWithResults];

async function open(url: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await site.page();
  await page.emulateMedia({ colorScheme });
  await page.goto(site.url(url));
  await page.waitForLoadState('networkidle');
  if (url === searchWithResults) await page.locator('main [data-search-root] a[href^="/statements/"]').first().waitFor({ timeout: 60_000 });
  return page;
}

/** axe-core's violations, one line each with the elements concerned. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 5 ? `, … ${v.nodes.length} in all` : ''})`);
  }, wcagTags);
  return violations;
}

describe.each(['light', 'dark'] as const)('axe-core, %s scheme', (scheme) => {
  it.each(pages)(`%s has no WCAG 2.2 AA violations (${scheme})`, async (url) => {
    const page = await open(url, scheme);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('axe-core itself', () => {
  it('reports a known fault (an image without text, low contrast), so a clean result means something', async () => {
    const page = await site.page();
    await page.route('**/__axe-fixture/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1><img src="/x.png"><p style="color:#777;background:#888">faint</p></main></body></html>' }));
    await page.goto(site.url('/__axe-fixture/'));
    const ids = (await axeViolations(page)).map((v) => v.split(':')[0]);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
    await page.close();
  });
});

/** Tabs through the page: which controls got focus, in order, and which showed no focus ring. */
async function tabThrough(page: Page, limit: number) {
  const controls: string[] = await page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
    // Shown and operable: not hidden, not inside a closed <details> (checkVisibility), not disabled or inert.
    const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]') && !(el as HTMLButtonElement).disabled;
    return [...document.querySelectorAll(selector)].filter(visible).map((el, i) => { (el as HTMLElement).dataset['kbd'] = String(i); return `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || el.getAttribute('name') || ''}`; });
  });
  const reached = new Set<number>();
  const unringed: string[] = [];
  for (let i = 0; i < Math.min(limit, controls.length + 2); i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      return { index: el.dataset['kbd'], ring, name: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 40)}` };
    });
    if (!focus) continue;
    if (focus.index !== undefined) reached.add(Number(focus.index));
    if (!focus.ring) unringed.push(focus.name);
  }
  return { controls, reached, unringed };
}

describe.each(pages)('keyboard and structure: %s', (url) => {
  it('every control is reached by Tab and shows a visible focus ring', async () => {
    const page = await open(url);
    const limit = 400;
    const { controls, reached, unringed } = await tabThrough(page, limit);
    const missed = controls.slice(0, limit - 2).filter((_, i) => !reached.has(i));
    expect(missed, 'controls Tab never reached').toEqual([]);
    expect([...new Set(unringed)], 'focused without a visible outline').toEqual([]);
    await page.close();
  });

  it('the skip link is the first stop, shows itself, and moves focus to the main content', async () => {
    const page = await open(url);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ cls: document.activeElement?.className, href: document.activeElement?.getAttribute('href') }));
    expect(first).toEqual({ cls: 'skip-link', href: '#main' });
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0 && box.height > 0, 'skip link visible when focused').toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('has banner, navigation, main and contentinfo landmarks and exactly one h1', async () => {
    const page = await open(url);
    // The main navigation is named in the page's language.
    const mainNav = messages(localeOfPath(url))['layout.navLabel'];
    const counts = await page.evaluate((mainNav) => ({
      h1: document.querySelectorAll('h1').length,
      main: document.querySelectorAll('main, [role="main"]').length,
      banner: document.querySelectorAll('body > header, [role="banner"]').length,
      contentinfo: document.querySelectorAll('body > footer, [role="contentinfo"]').length,
      mainNav: document.querySelectorAll(`nav[aria-label="${mainNav}"]`).length,
    }), mainNav);
    expect(counts).toEqual({ h1: 1, main: 1, banner: 1, contentinfo: 1, mainNav: 1 });
    await page.close();
  });
});

describe('keyboard use of a statement', () => {
  it('a note reference reached by Tab opens its note with Enter', async () => {
    const page = await open('/statements/2019-guatemala-border-externalization/');
    await page.focus('a[data-footnote-ref]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.startsWith('#fn-'));
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toMatch(/^fn-\d+$/);
    await page.close();
  });
});
