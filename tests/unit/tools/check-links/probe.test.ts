// The link check against a local server: each kind of answer gets its verdict, within its deadline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookUpArchive } from '../../../../src/tools/check-links/archive.ts';
import { checkLink, type CheckSettings } from '../../../../src/tools/check-links/check.ts';
import { probe } from '../../../../src/tools/check-links/probe.ts';
import { verdictFor } from '../../../../src/tools/check-links/verdict.ts';
import { startLinkServer, type LinkServer } from './link-server.ts';

let server: LinkServer;
// Generous, so a busy machine never turns a live page into a timeout; the timeout cases use pages
// that hold their answer until the check has given up, so a short deadline there decides nothing else.
const settings = { timeoutMs: 30_000, maxRedirects: 5, userAgent: 'check-links-test', allowLoopback: true };
const impatient = { ...settings, timeoutMs: 200 };

beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());

async function verdictOf(path: string, given = settings) {
  const url = `${server.origin}${path}`;
  const outcome = await probe(url, given);
  return { outcome, verdict: verdictFor(url, outcome) };
}

describe('probing a cited address', () => {
  it('a page answering 200 to HEAD is live, with one request', async () => {
    const before = server.requests.length;
    const { outcome, verdict } = await verdictOf('/ok');
    expect(verdict).toBe('live');
    expect(outcome).toMatchObject({ kind: 'response', code: 200, method: 'HEAD', redirects: 0 });
    expect(server.requests.slice(before)).toEqual(['HEAD /ok']);
  });

  it('a 301 to another address is moved, and the final address is recorded', async () => {
    const { outcome, verdict } = await verdictOf('/moved');
    expect(verdict).toBe('moved');
    expect(outcome).toMatchObject({ code: 200, finalUrl: `${server.origin}/ok`, redirects: 1 });
  });

  it('a 308 is a permanent move too', async () => {
    expect((await verdictOf('/moved-308')).verdict).toBe('moved');
  });

  it('a temporary 302 leaves the link live, final address still recorded', async () => {
    const { outcome, verdict } = await verdictOf('/temporary');
    expect(verdict).toBe('live');
    expect(outcome.finalUrl).toBe(`${server.origin}/ok`);
  });

  it('404 and 410 are lost, confirmed with a GET after the HEAD', async () => {
    const before = server.requests.length;
    expect((await verdictOf('/gone')).verdict).toBe('lost');
    expect(server.requests.slice(before)).toEqual(['HEAD /gone', 'GET /gone']);
    expect((await verdictOf('/removed')).verdict).toBe('lost');
  });

  it('a redirect to a page that is gone is lost', async () => {
    expect((await verdictOf('/moved-then-gone')).verdict).toBe('lost');
  });

  it('a server that refuses HEAD (405) is asked again with GET', async () => {
    const before = server.requests.length;
    const { outcome, verdict } = await verdictOf('/no-head');
    expect(verdict).toBe('live');
    expect(outcome).toMatchObject({ code: 200, method: 'GET' });
    expect(server.requests.slice(before)).toEqual(['HEAD /no-head', 'GET /no-head']);
  });

  it('a 503 or a 403 is unknown, never lost', async () => {
    expect((await verdictOf('/error')).verdict).toBe('unknown');
    expect((await verdictOf('/forbidden')).verdict).toBe('unknown');
  });

  it('a page slower than the timeout is unknown: the check gives up before the page answers', async () => {
    const { outcome, verdict } = await verdictOf('/slow', impatient);
    server.release();
    expect(verdict).toBe('unknown');
    expect(outcome).toMatchObject({ kind: 'failure', reason: 'timeout', detail: 'no answer within 200 ms' });
  });

  it('a server that never answers is unknown after the timeout', async () => {
    const { outcome, verdict } = await verdictOf('/hung', impatient);
    expect(verdict).toBe('unknown');
    expect(outcome).toMatchObject({ kind: 'failure', reason: 'timeout' });
  });

  it('redirects that go round in a circle stop as unknown', async () => {
    const { outcome, verdict } = await verdictOf('/loop-a');
    expect(verdict).toBe('unknown');
    expect(outcome).toMatchObject({ kind: 'failure', reason: 'redirect-loop' });
  });

  it('no more redirects are followed than allowed', async () => {
    const before = server.requests.length;
    const { outcome, verdict } = await verdictOf('/chain/8');
    expect(verdict).toBe('unknown');
    expect(outcome).toMatchObject({ kind: 'failure', reason: 'too-many-redirects', redirects: 6 });
    expect(server.requests.length - before).toBe(6);
    expect((await verdictOf('/chain/5')).verdict).toBe('moved');
  });

  it('nothing listening is unknown (a network error), not lost', async () => {
    const outcome = await probe('http://127.0.0.1:9/', settings);
    expect(outcome).toMatchObject({ kind: 'failure', reason: 'network' });
    expect(verdictFor('http://127.0.0.1:9/', outcome)).toBe('unknown');
  });
});

describe('checking a cited work', () => {
  const check: CheckSettings = { ...settings, concurrency: 2, checked: '2026-11-23', archiveApi: undefined };
  const record = (path: string, extra = {}) => ({ id: path.slice(1), path: `/tmp/${path}.yaml`, url: `${server.origin}${path}`, date: '2019-06-01', ...extra });

  it('a lost link gets the archived copy closest to the work\'s date proposed with it', async () => {
    const result = await checkLink(record('/gone'), { ...check, archiveApi: `${server.origin}/archive/available` });
    expect(result.verdict).toBe('lost');
    expect(result.archive).toEqual({ url: `https://web.archive.org/web/20190603141500/${server.origin}/gone`, date: '2019-06-03' });
    expect(result.proposal).toEqual({ link: { status: 'lost', checked: '2026-11-23' }, archive: result.archive });
  });

  it('a lost link that already has an archived copy is not looked up again', async () => {
    const before = server.requests.length;
    const archive = { url: 'https://web.archive.org/web/2019/x', date: '2019-01-01' };
    const result = await checkLink(record('/removed', { archive }), { ...check, archiveApi: `${server.origin}/archive/available` });
    expect(server.requests.slice(before).some((r) => r.includes('/archive/'))).toBe(false);
    expect(result.proposal).toEqual({ link: { status: 'lost', checked: '2026-11-23' } });
  });

  it('an archive that cannot be reached is reported, and the link is still proposed as lost', async () => {
    const result = await checkLink(record('/gone'), { ...check, archiveApi: 'http://127.0.0.1:9/available' });
    expect(result.archiveError).toMatch(/^the archive could not be asked: connect ECONNREFUSED/);
    expect(result.proposal).toEqual({ link: { status: 'lost', checked: '2026-11-23' } });
  });

  it('an archive that never answers is given up on after the timeout', async () => {
    const lookup = await lookUpArchive(`${server.origin}/hung`, `${server.origin}/gone`, undefined, impatient);
    expect(lookup).toEqual({ error: 'the archive gave no answer within 200 ms' });
  });
});
