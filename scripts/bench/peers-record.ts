// Turns one result of scripts/bench/run.ts into the run record bench-peers' report reads
// (one JSON line like lib/record-run.mjs writes), so the project sits in the peers' tables.
import fs from 'node:fs';
import type { SizeResult } from './run.ts';

const result = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as SizeResult;
const { astro, pagefind } = result.build;
console.log(JSON.stringify({
  peer: 'project', n: result.n, tag: 'cold1', rc: result.build.ok ? 0 : 1,
  wall: +(astro.wallSeconds + (pagefind?.wallSeconds ?? 0)).toFixed(2),
  cpu: +(astro.cpuSeconds + (pagefind?.cpuSeconds ?? 0)).toFixed(2),
  rssMB: Math.max(astro.peakRssMB, pagefind?.peakRssMB ?? 0),
  pagesBuilt: result.pages,
  astroInternal: result.build.astroReportedSeconds,
  pagefindSec: pagefind?.wallSeconds,
}));
