// What an editor's browser meets under `npm run dev` when a statement holds hostile HTML: the
// validator's message in the error overlay is shown as text, the statement page holds no script,
// and the dev server sends a Content-Security-Policy. Also: the pipeline's HTML for hostile
// Markdown runs nothing in Chromium even with no policy at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { devCsp } from '../../src/lib/security.ts';
import { launchBrowser } from '../support/browser.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { renderMarkdown } from '../support/render-markdown.ts';
import { citedWorkFileAt } from '../../src/build/cited-work-files.ts';

const statement = '2019-guatemala-border-externalization';
const hostile = [
  // Short enough for the validator to quote whole (it shortens tags beyond 60 characters).
  `Hello <img src=x onerror="window.__ran=1;import('//e.x/p.js')"> world,`,
  `a [link](javascript:window.__ran='link') and <script>window.__ran='script'</script> more.`,
].join(' ');

/** A page that records whether any of the hostile code ran or reached for another origin. */
async function watchedPage(browser: Browser, origin: string): Promise<{ page: Page; foreign: string[] }> {
  const page = await browser.newPage();
  const foreign: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  await page.route('**/e.x/**', (route) => route.fulfill({ contentType: 'text/javascript', body: "window.__ran = 'remote';" }));
  return { page, foreign };
}

const ran = (page: Page) => page.evaluate(() => (window as unknown as { __ran?: string }).__ran);

/** Waits until the overlay shows the validator's report (Vite may reload the page once first). */
async function overlayMessage(page: Page): Promise<{ text: string; elements: string[] }> {
  const handle = await page.waitForFunction(() => {
    const message = document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content');
    if (!message?.textContent?.includes('[unsafe-html]')) return undefined;
    return { text: message.textContent, elements: [...message.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()) };
  }, undefined, { timeout: 0, polling: 100 });
  return (await handle.jsonValue())!;
}

describe('npm run dev with a hostile statement', () => {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-content-'));
  let server: DevServer;
  let browser: Browser;

  beforeAll(async () => {
    fs.cpSync('content', content, { recursive: true });
    fs.appendFileSync(path.join(content, 'statements', `${statement}.md`), `\n${hostile}\n`);
    server = await startDevServer(content, 'dev-preview');
    browser = await launchBrowser();
    // The first visit lets Vite optimize its dependencies, which reloads the page once.
    const warm = await browser.newPage();
    await warm.goto(`${server.url}/statements/${statement}/`);
    await overlayMessage(warm);
    await warm.close();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(content, { recursive: true, force: true });
  });

  it('the overlay shows the quoted tag as text, and nothing in the message runs', { timeout: 300_000 }, async () => {
    const { page, foreign } = await watchedPage(browser, server.url);
    await page.goto(`${server.url}/statements/${statement}/`);
    const message = await overlayMessage(page);
    expect(message.text).toContain(`The text contains the HTML <img src=x onerror="window.__ran=1;import('//e.x/p.js')">: its on… attribute`);
    expect(message.text).toContain('A link address starts with "javascript:"');
    // The overlay turns https:// words into links itself; nothing else is an element.
    expect(message.elements.filter((tag) => tag !== 'a')).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(await ran(page)).toBeUndefined();
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('the statement page shows the words but no element or link that could run code, under a policy', { timeout: 300_000 }, async () => {
    const { page, foreign } = await watchedPage(browser, server.url);
    const response = await page.goto(`${server.url}/statements/${statement}/`);
    expect(response?.headers()['content-security-policy']).toBe(devCsp);
    const text = page.locator('.statement-text');
    await text.waitFor({ timeout: 0 });
    expect(await text.textContent()).toContain('Hello  world, a link and  more.');
    expect(await text.locator('img, script, [onerror]').count()).toBe(0);
    expect(await text.locator('a', { hasText: /^link$/ }).getAttribute('href')).toBeNull();
    await page.waitForLoadState('networkidle');
    expect(await ran(page)).toBeUndefined();
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('an old /citations/ address sends the reader on to the cited work\'s page, under the same policy', { timeout: 300_000 }, async () => {
    const id = fs.readdirSync(path.join(content, 'citations')).find((f) => f.endsWith('.yaml'))!.replace(/\.yaml$/, '');
    const page = await browser.newPage();
    const response = await page.request.get(`${server.url}/citations/${id}/`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toBe(devCsp);
    expect(await response.text()).toContain(`<meta http-equiv="refresh" content="0; url=/cited-works/${id}/">`);
    await page.goto(`${server.url}/citations/${id}/`);
    await page.waitForURL((u) => u.pathname === `/cited-works/${id}/`);
    await page.close();
  });

  it("a cited work's citation file is served as the build writes it, under the same policy", { timeout: 300_000 }, async () => {
    const id = fs.readdirSync(path.join(content, 'citations')).find((f) => f.endsWith('.yaml'))!.replace(/\.yaml$/, '');
    const page = await browser.newPage();
    const response = await page.request.get(`${server.url}/cited-works/${id}/cite.bib`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toBe(devCsp);
    expect(response.headers()['content-type']).toBe('application/x-bibtex; charset=utf-8');
    expect(await response.text()).toBe(citedWorkFileAt(`/cited-works/${id}/cite.bib`, content)!.body);
    await page.close();
  });
});

describe('the pipeline output for hostile Markdown, with no policy at all', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('runs no script in Chromium, even when the reader clicks the link', async () => {
    const { html } = await renderMarkdown(hostile);
    const { page, foreign } = await watchedPage(browser, 'https://site.test');
    await page.route('https://site.test/', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>t</title><body>${html}</body></html>` }));
    await page.goto('https://site.test/');
    await page.getByText('link', { exact: true }).click();
    await page.waitForLoadState('networkidle');
    expect(await ran(page)).toBeUndefined();
    expect(foreign).toEqual([]);
    await page.close();
  });
});
