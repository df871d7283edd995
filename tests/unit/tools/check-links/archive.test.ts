// Reading the Wayback Machine's availability API: the question asked and the copy taken from the answer.
import { describe, expect, it } from 'vitest';
import { availabilityQuery, closestCopy, waybackAvailabilityApi } from '../../../../src/tools/check-links/archive.ts';

describe('the availability query', () => {
  it('asks for the address, near the work\'s own date', () => {
    const query = new URL(availabilityQuery(waybackAvailabilityApi, 'https://example.org/a?b=1&c=2', '2019-06-05'));
    expect(query.origin + query.pathname).toBe('https://archive.org/wayback/available');
    expect(query.searchParams.get('url')).toBe('https://example.org/a?b=1&c=2');
    expect(query.searchParams.get('timestamp')).toBe('20190605');
  });

  it('a partial date narrows to its month or year; no date asks for the latest copy', () => {
    expect(new URL(availabilityQuery(waybackAvailabilityApi, 'https://x.org', '2019-06')).searchParams.get('timestamp')).toBe('201906');
    expect(new URL(availabilityQuery(waybackAvailabilityApi, 'https://x.org')).searchParams.has('timestamp')).toBe(false);
  });
});

describe('the closest copy', () => {
  const answer = (closest: Record<string, unknown>) => ({ archived_snapshots: { closest } });

  it('takes the snapshot address (over https) and the day it was saved', () => {
    expect(closestCopy(answer({ available: true, status: '200', timestamp: '20190603141500', url: 'http://web.archive.org/web/20190603141500/https://x.org/' }))).toEqual({
      url: 'https://web.archive.org/web/20190603141500/https://x.org/',
      date: '2019-06-03',
    });
  });

  it('no snapshot, an unavailable one, or a saved error page gives no copy', () => {
    expect(closestCopy({ archived_snapshots: {} })).toBeUndefined();
    expect(closestCopy(answer({ available: false, status: '200', timestamp: '20190603141500', url: 'http://web.archive.org/x' }))).toBeUndefined();
    expect(closestCopy(answer({ available: true, status: '404', timestamp: '20190603141500', url: 'http://web.archive.org/x' }))).toBeUndefined();
    expect(closestCopy(null)).toBeUndefined();
  });

  it('a timestamp that is not a calendar date gives no copy', () => {
    expect(closestCopy(answer({ available: true, status: '200', timestamp: '20190231000000', url: 'http://web.archive.org/x' }))).toBeUndefined();
  });
});
