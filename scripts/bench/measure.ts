// Sizes of a built site on disk: all of dist/, the Pagefind index, and the statement pages' HTML.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

function files(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files(full, out);
    else out.push(full);
  }
  return out;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[s.length >> 1]! : 0; };

export interface DistSizes {
  files: number; bytes: number; htmlPages: number;
  pagefind: { files: number; bytes: number };
  statementHtml: { pages: number; medianBytes: number; medianGzip: number };
}

export function measureDist(dist: string): DistSizes {
  const all = files(dist).map((f) => ({ f, rel: path.relative(dist, f), size: fs.statSync(f).size }));
  const pagefind = all.filter((x) => x.rel.startsWith(`pagefind${path.sep}`));
  const html = all.filter((x) => x.f.endsWith('.html') && !x.rel.startsWith('pagefind'));
  // Every statement page's HTML would be slow to gzip at 5,000; one in ten is a fair median.
  const statements = html.filter((x) => /^statements[\\/][^\\/]+[\\/]index\.html$/.test(x.rel));
  const sample = statements.filter((_, i) => i % 10 === 0);
  return {
    files: all.length,
    bytes: all.reduce((a, x) => a + x.size, 0),
    htmlPages: html.length,
    pagefind: { files: pagefind.length, bytes: pagefind.reduce((a, x) => a + x.size, 0) },
    statementHtml: {
      pages: statements.length,
      medianBytes: median(sample.map((x) => x.size)),
      medianGzip: median(sample.map((x) => gzipSync(fs.readFileSync(x.f), { level: 6 }).length)),
    },
  };
}

/** The statement in the middle of the listing, as bench-peers' probe picks it. */
export function middleStatement(dist: string): string {
  const slugs = fs.readdirSync(path.join(dist, 'statements'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return `/statements/${slugs[Math.floor(slugs.length / 2)]}/`;
}
