// bench:peers' by-route table: Astro's per-file times summed by kind of route, ids folded into [id],
// each interface language apart (the Spanish pages are not a thousand routes of one page each).
import { describe, expect, it } from 'vitest';
import { routeTimes } from '../../../scripts/bench/build.ts';

const log = [
  '00:59:18   ├─ /cited-works/cite-000001/index.html (+50ms) ',
  '00:59:18   ├─ /cited-works/cite-000002/index.html (+30ms) ',
  '00:59:18   ├─ /cited-works/cite-000002/cite.bib (+5ms) ',
  '00:59:19   ├─ /es/cited-works/cite-000001/index.html (+56ms) ',
  '00:59:19   ├─ /es/cited-works/cite-000002/index.html (+1.5s) ',
  '00:59:20   ├─ /og/statements/s-1.png (+200ms) ',
  '00:59:20   ├─ /es/og/statements/s-1.png (+100ms) ',
  '00:59:20   └─ /es/index.html (+8ms) ',
].join('\n');

describe('routeTimes', () => {
  it('sums the files of each route, with another language\'s pages under its prefix', () => {
    const byRoute = Object.fromEntries(routeTimes(log).map((r) => [r.route, [r.files, r.seconds]]));
    expect(byRoute).toEqual({
      '/cited-works/*/index.html': [2, 0.08],
      '/cited-works/*/cite.bib': [1, 0.01],
      '/es/cited-works/*/index.html': [2, 1.56],
      '/og/statements/*.png': [1, 0.2],
      '/es/og/statements/*.png': [1, 0.1],
      '/es/index.html': [1, 0.01],
    });
  });
});
