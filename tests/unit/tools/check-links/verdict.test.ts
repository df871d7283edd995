// What each kind of answer means for a cited link, and what a record may store for it.
import { describe, expect, it } from 'vitest';
import { statusFor, verdictFor, type Outcome } from '../../../../src/tools/check-links/verdict.ts';

const url = 'https://example.org/report';
const answered = (code: number, extra: Partial<Extract<Outcome, { kind: 'response' }>> = {}): Outcome => ({
  kind: 'response', code, finalUrl: url, redirects: 0, permanentRedirect: false, method: 'HEAD', ...extra,
});

describe('verdicts', () => {
  it('200 is live', () => expect(verdictFor(url, answered(200))).toBe('live'));

  it('a permanent redirect to another address is moved', () => {
    expect(verdictFor(url, answered(200, { finalUrl: 'https://example.org/new', permanentRedirect: true, redirects: 1 }))).toBe('moved');
  });

  it('a permanent redirect that ends where it began (by URL normalisation) is live', () => {
    expect(verdictFor('https://EXAMPLE.org', answered(200, { finalUrl: 'https://example.org/', permanentRedirect: true }))).toBe('live');
  });

  it('only temporary redirects leave the link live', () => {
    expect(verdictFor(url, answered(200, { finalUrl: 'https://example.org/today', redirects: 1 }))).toBe('live');
  });

  it('404 and 410 are lost', () => {
    expect(verdictFor(url, answered(404))).toBe('lost');
    expect(verdictFor(url, answered(410))).toBe('lost');
  });

  it('server errors, refusals and rate limits are unknown, never lost', () => {
    for (const code of [500, 502, 503, 401, 403, 429]) expect(verdictFor(url, answered(code)), String(code)).toBe('unknown');
  });

  it('a timeout or a network error is unknown', () => {
    expect(verdictFor(url, { kind: 'failure', reason: 'timeout', detail: '', finalUrl: url, redirects: 0 })).toBe('unknown');
    expect(verdictFor(url, { kind: 'failure', reason: 'network', detail: '', finalUrl: url, redirects: 0 })).toBe('unknown');
  });

  it('a moved link is stored as live; the others as themselves', () => {
    expect(statusFor('moved')).toBe('live');
    expect(statusFor('live')).toBe('live');
    expect(statusFor('lost')).toBe('lost');
    expect(statusFor('unknown')).toBe('unknown');
  });
});
