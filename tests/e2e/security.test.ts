// The Content-Security-Policy holds on every page (no inline script or style, nothing from other
// origins), the same policy is sent as headers by public/_headers, scripts still work under it, and
// script written into a statement's Markdown never reaches a page: the validator stops the build.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { headersFile, metaCsp } from '../../src/lib/security.ts';
import { prepareWorkspace } from '../../scripts/bench/build.ts';
import { distPages, distRoot, samplePages } from '../support/dist-pages.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const dataScriptTypes = new Set(['application/ld+json', 'application/json', 'importmap']);

/** What in one page the policy would block or that loads from elsewhere. */
function policyFaults(html: string): string[] {
  const faults: string[] = [];
  const tree = fromHtml(html);
  const csp: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const p = node.properties;
    if (node.tagName === 'meta' && String(p['httpEquiv']).toLowerCase() === 'content-security-policy') csp.push(String(p['content']));
    if (node.tagName === 'script' && p['src'] === undefined && !dataScriptTypes.has(String(p['type'] ?? ''))) faults.push('an inline <script>');
    if (node.tagName === 'style') faults.push('an inline <style>');
    if (p['style'] !== undefined) faults.push(`a style attribute on <${node.tagName}>`);
    for (const name of Object.keys(p)) if (/^on[a-z]+$/i.test(name)) faults.push(`an ${name} attribute on <${node.tagName}>`);
    const resource = node.tagName === 'link' && /stylesheet|preload|modulepreload|icon|manifest/.test(String(p['rel'])) ? p['href'] : ['script', 'img', 'source', 'iframe', 'video', 'audio'].includes(node.tagName) ? p['src'] : undefined;
    if (typeof resource === 'string' && /^(https?:)?\/\//.test(resource)) faults.push(`<${node.tagName}> loads ${resource} from another origin`);
  });
  if (csp.length !== 1 || csp[0] !== metaCsp) faults.push(`expected one CSP meta tag with the policy from src/lib/security.ts, found ${JSON.stringify(csp)}`);
  return faults;
}

describe('Content-Security-Policy in the built pages', () => {
  it('every page carries the policy and nothing it would block: no inline script, style or handler, no other origin', () => {
    const faults = distPages().flatMap((page) => policyFaults(fs.readFileSync(page.file, 'utf8')).map((f) => `${page.url}: ${f}`));
    expect([...new Set(faults)].slice(0, 30)).toEqual([]);
  });

  it('the checker finds an inline script, a handler and a foreign stylesheet', () => {
    const faults = policyFaults(`<html><head><meta http-equiv="content-security-policy" content="${metaCsp}"><link rel="stylesheet" href="https://cdn.example/x.css"></head><body><script>alert(1)</script><img src="/a.png" onerror="alert(1)"></body></html>`);
    expect(faults).toEqual(expect.arrayContaining(['an inline <script>', 'an onError attribute on <img>', '<link> loads https://cdn.example/x.css from another origin']));
  });

  it('the policy allows no inline script, no eval and no third-party origin, but lets Pagefind compile its WebAssembly', () => {
    expect(metaCsp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(metaCsp).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
    expect(metaCsp).toMatch(/default-src 'self'/);
    expect(metaCsp).toMatch(/object-src 'none'/);
  });

  it('public/_headers sends the same policy with frame-ancestors, Referrer-Policy, X-Content-Type-Options and Permissions-Policy, and is copied to dist/', () => {
    const committed = fs.readFileSync('public/_headers', 'utf8');
    expect(committed, 'public/_headers is stale: regenerate it from src/lib/security.ts (see headersFile())').toBe(headersFile());
    expect(committed).toContain(`Content-Security-Policy: ${metaCsp}; frame-ancestors 'none'`);
    for (const header of ['Referrer-Policy:', 'X-Content-Type-Options: nosniff', 'Permissions-Policy:']) expect(committed).toContain(header);
    expect(fs.readFileSync(path.join(distRoot, '_headers'), 'utf8')).toBe(committed);
  });
});

describe('pages under the policy in Chromium', () => {
  // The not-found page as a static host serves it: at a missing address, with status 404.
  const pages = [...samplePages().map((p) => (p.type === '404' ? '/no-such-page/' : p.url)), '/search/?q=asylum'];

  it.each(pages)('%s reports no policy violation and no script error', async (url) => {
    const page = await site.page();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(site.url(url));
    await page.waitForLoadState('networkidle');
    if (url.includes('?q=')) {
      // Search still works under the policy: Pagefind's script, worker and WebAssembly load and results show.
      await page.locator('main [data-search-root] a[href^="/statements/"]').first().waitFor({ timeout: 60_000 });
    }
    const missing = url === '/no-such-page/';
    expect(response?.status()).toBe(missing ? 404 : 200);
    // Chromium logs the 404 of the page itself as a console error; that one is expected.
    expect(problems.filter((p) => !(missing && /status of 404/.test(p)))).toEqual([]);
    await page.close();
  });
});

describe('the violation listener itself', () => {
  it('hears the policy block an inline script', async () => {
    const page = await site.page();
    const heard: string[] = [];
    page.on('console', (m) => heard.push(m.text()));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.route('**/__csp-fixture/', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="${metaCsp}"><title>t</title></head><body><script>document.title = 'ran'</script></body></html>` }));
    await page.goto(site.url('/__csp-fixture/'));
    expect(await page.title()).toBe('t');
    expect(heard.some((t) => /CSP violation: script-src/.test(t))).toBe(true);
    await page.close();
  });
});

describe('script written into a statement never reaches a page', () => {
  const fixture = path.join(os.tmpdir(), `unsafe-content-${process.pid}`);
  const statement = '2019-guatemala-border-externalization.md';
  fs.rmSync(fixture, { recursive: true, force: true });
  fs.cpSync('content', fixture, { recursive: true });
  fs.appendFileSync(path.join(fixture, 'statements', statement),
    '\nInjected <script>alert(1)</script> and <img src="x" onerror="alert(2)"> and [a link](javascript:alert(3)).\n');
  const node = path.resolve('node_modules/.bin/node');
  afterAll(() => fs.rmSync(fixture, { recursive: true, force: true }));

  it('the validator refuses the <script>, the onerror= and the javascript: link, saying where and why', () => {
    const result = spawnSync(node, ['scripts/validate.ts', '--content', fixture], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(1);
    const problems = result.stdout.split('\n').filter((l) => l.includes('[unsafe-html]'));
    expect(problems.join('\n')).toMatch(/<script>.*can run code/);
    expect(problems.join('\n')).toMatch(/on… attribute runs code/);
    expect(problems.join('\n')).toMatch(/"javascript:", which is not allowed/);
    expect(problems.every((l) => /^\s+\d+:\d+ /.test(l)), 'each problem gives a line and column').toBe(true);
  });

  it('astro build stops before writing any page, with the same message', () => {
    // Inside the repository so that node_modules resolve, with its own .astro/ and caches.
    const workspace = prepareWorkspace(path.resolve('bench-out', `unsafe-site-${process.pid}`));
    const outDir = path.join(workspace, 'dist');
    const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: workspace, encoding: 'utf8',
      env: { ...process.env, PATH: `${path.resolve('node_modules/.bin')}:${process.env['PATH']}`, CONTENT_DIR: fixture, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('[unsafe-html]');
    expect(output).toMatch(/The build stopped/);
    expect(fs.existsSync(path.join(outDir, 'statements'))).toBe(false);
    fs.rmSync(workspace, { recursive: true, force: true });
  }, 120_000);
});
