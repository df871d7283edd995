// Turns one result of scripts/bench/run.ts into the run records bench-peers' report reads (JSON
// lines like lib/record-run.mjs writes: the cold build, and the rebuild after one changed statement
// as "warm"), so the project sits in the peers' tables.
import fs from 'node:fs';
import type { BuildResult } from './build.ts';
import type { SizeResult } from './run.ts';

const result = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as SizeResult;

function record(tag: string, build: BuildResult): string {
  const { astro, pagefind } = build;
  return JSON.stringify({
    peer: 'project', n: result.n, tag, rc: build.ok ? 0 : 1,
    wall: +(astro.wallSeconds + (pagefind?.wallSeconds ?? 0)).toFixed(2),
    cpu: +(astro.cpuSeconds + (pagefind?.cpuSeconds ?? 0)).toFixed(2),
    rssMB: Math.max(astro.peakRssMB, pagefind?.peakRssMB ?? 0),
    pagesBuilt: build.pages ?? result.pages,
    astroInternal: build.astroReportedSeconds,
    astroSec: astro.wallSeconds,
    astroCpu: astro.cpuSeconds,
    pagefindSec: pagefind?.wallSeconds,
    pagefindCpu: pagefind?.cpuSeconds,
  });
}

console.log(record('cold1', result.build));
if (result.rebuild) console.log(record('warm', result.rebuild));
