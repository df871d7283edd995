// One browser and one server over dist/ per test file.
import { afterAll, beforeAll } from 'vitest';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './static-server.ts';

export function useSite() {
  const ctx = {} as { browser: Browser; server: StaticServer; url: (p: string) => string; page: () => Promise<Page> };
  beforeAll(async () => {
    if (!fs.existsSync('dist/index.html')) throw new Error('dist/ is missing: run npm run build before the browser tests');
    ctx.server = await serveDist();
    ctx.browser = await launchBrowser();
    ctx.url = (p) => ctx.server.url + p;
    ctx.page = () => ctx.browser.newPage();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}
