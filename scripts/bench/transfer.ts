// What the browser fetches, as a reader's browser would: every response a page receives, with its
// bytes and gzip size, for the page budget test and the benchmark. Used with playwright-core.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';

export interface Transfer { url: string; path: string; type: string; status: number; bytes: number; gzip: number }
export interface TransferSummary { requests: number; bytes: number; gzip: number; transfers: Transfer[] }

/** Already-compressed formats are sent as they are; text is counted as gzip -6 would send it. */
const compressed = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter|wasm|png|jpe?g|webp|avif|woff2?)$/;

function typeOf(path: string, contentType: string): string {
  if (path.startsWith('/pagefind/')) {
    if (path.endsWith('.js')) return 'pagefind-js';
    if (path.endsWith('.css')) return 'pagefind-css';
    if (path.includes('/fragment/')) return 'pagefind-fragment';
    if (path.includes('/index/')) return 'pagefind-index';
    if (path.includes('wasm')) return 'pagefind-wasm';
    return 'pagefind-data';
  }
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('font')) return 'font';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

/** Starts recording a context's responses; read them with summarize(recorder.since(mark)). */
export function recordTransfers(context: BrowserContext) {
  const all: Transfer[] = [];
  const pending: Promise<void>[] = [];
  context.on('response', (response) => {
    pending.push((async () => {
      const url = new URL(response.url());
      const body = await response.body().catch(() => Buffer.alloc(0));
      const path = url.pathname;
      const contentType = (await response.allHeaders().catch(() => ({})) as Record<string, string>)['content-type'] ?? '';
      all.push({
        url: response.url(), path, status: response.status(), type: typeOf(path, contentType), bytes: body.length,
        gzip: compressed.test(path) ? body.length : gzipSync(body, { level: 6 }).length,
      });
    })());
  });
  return {
    /** Waits until every response seen so far has been read. */
    settled: async () => { await Promise.all(pending); },
    mark: () => all.length,
    since: (mark: number) => all.slice(mark),
    all: () => all,
  };
}

export function summarize(transfers: Transfer[]): TransferSummary {
  return {
    requests: transfers.length,
    bytes: transfers.reduce((a, t) => a + t.bytes, 0),
    gzip: transfers.reduce((a, t) => a + t.gzip, 0),
    transfers,
  };
}

export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
}
