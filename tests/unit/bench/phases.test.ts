// Astro's phases read from a build log's timestamps, as bench:peers reports them: each phase is the
// time between two lines Astro always prints, and the start is the end less the measured wall time.
import { expect, test } from 'vitest';
import { buildPhases } from '../../../scripts/bench/build.ts';

const log = (check: boolean) => [
  ...(check ? ['23:59:50 [content-validation] Checked 2 statements: no problems.'] : []),
  '23:59:52 [content] Syncing content',
  '00:00:05 [content] Synced content',
  '00:00:09 [build] Rearranging server assets...',
  ' generating static routes ',
  '00:00:12   ├─ /about/index.html (+3ms) ',
  '00:01:40   └─ /statements/x/index.html (+2ms) ',
  '00:01:42 [build] Complete!',
].join('\n');

test('a log that passes midnight is split into start-up and check, sync, bundling and page generation', () => {
  expect(buildPhases(log(true), 120)).toEqual([
    { phase: 'start-up and content check', seconds: 10 },
    { phase: 'content sync', seconds: 13 },
    { phase: 'bundling, until the first page', seconds: 7 },
    { phase: 'page generation', seconds: 90 },
  ]);
});

test("a peer's log, with no content check, names its first phase start-up", () => {
  expect(buildPhases(log(false), 120)?.[0]).toEqual({ phase: 'start-up', seconds: 10 });
});

test('a log without the lines Astro always prints gives no phases rather than wrong ones', () => {
  expect(buildPhases('00:00:01 [build] Complete!', 10)).toBeUndefined();
});
