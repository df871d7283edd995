// What the check refuses from the web it asks: redirects and names that lead into private networks,
// and archive answers that offer an address elsewhere or never end.
import dns from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookUpArchive, maxAnswerBytes } from '../../../../src/tools/check-links/archive.ts';
import { probe } from '../../../../src/tools/check-links/probe.ts';
import { addressKind, refusal } from '../../../../src/tools/check-links/public-address.ts';
import { privateTargets, startLinkServer, type LinkServer } from './link-server.ts';

let server: LinkServer;
const settings = { timeoutMs: 30_000, maxRedirects: 5, userAgent: 'check-links-test', allowLoopback: true };

beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());

/** A resolver with a few names, like an intranet's DNS; any other name is not found. */
const names: Record<string, { address: string; family: number }[]> = {
  'intranet.example.test': [{ address: '10.1.2.3', family: 4 }],
  'mixed.example.test': [{ address: '93.184.215.14', family: 4 }, { address: 'fe80::1', family: 6 }],
  'localhost.example.test': [{ address: '127.0.0.1', family: 4 }],
};
const lookup = ((hostname: string, _options: unknown, callback: (e: Error | null, a: unknown) => void) => {
  const found = names[hostname];
  if (found) callback(null, found);
  else callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
}) as unknown as typeof dns.lookup;

describe('addresses the check may ask', () => {
  it('sorts addresses into public and the kinds it refuses', () => {
    expect(['8.8.8.8', '2606:4700::1111', '172.32.0.1', '::ffff:8.8.8.8'].map(addressKind)).toEqual(['public', 'public', 'public', 'public']);
    expect(['10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.0.1', 'fc00::1', 'fdff::1'].map(addressKind)).toEqual(Array(6).fill('private'));
    expect(['169.254.169.254', 'fe80::1', 'febf::1'].map(addressKind)).toEqual(Array(3).fill('link-local'));
    expect(['224.0.0.1', 'ff02::1'].map(addressKind)).toEqual(['multicast', 'multicast']);
    expect(['0.0.0.0', '::'].map(addressKind)).toEqual(['unspecified', 'unspecified']);
    expect(['127.0.0.1', '::1', '[::1]'].map(addressKind)).toEqual(['loopback', 'loopback', 'loopback']);
    expect(['::ffff:169.254.169.254', '::ffff:a00:1', '64:ff9b::a9fe:a9fe'].map(addressKind)).toEqual(['link-local', 'private', 'link-local']);
    expect(addressKind('example.org')).toBeUndefined();
  });

  it('refuses loopback unless the tests allow it, and everything else local always', () => {
    expect(refusal('127.0.0.1')).toBe('127.0.0.1 is a loopback address, not one on the public internet');
    expect(refusal('127.0.0.1', true)).toBeUndefined();
    expect(refusal('10.0.0.1', true)).toBe('10.0.0.1 is a private address, not one on the public internet');
    expect(refusal('8.8.8.8')).toBeUndefined();
  });
});

describe('a redirect into a private network', () => {
  it.each(Object.entries(privateTargets))('/%s is not followed (%s)', async (path, target) => {
    const before = server.requests.length;
    const outcome = await probe(`${server.origin}/${path}`, settings);
    expect(outcome).toMatchObject({ kind: 'failure', reason: 'refused-address', finalUrl: new URL(target).href, redirects: 1 });
    // Only the HEAD that got the redirect: no second request anywhere.
    expect(server.requests.slice(before)).toEqual([`HEAD /${path}`]);
  });

  it('says which address and why', async () => {
    const outcome = await probe(`${server.origin}/to-metadata`, settings);
    expect(outcome).toMatchObject({ detail: '169.254.169.254 is a link-local address, not one on the public internet' });
    expect(await probe(`${server.origin}/to-file`, settings)).toMatchObject({ detail: 'file: addresses are not checked, only http: and https:' });
  });

  it('0.0.0.0, which reaches this machine, is refused even where loopback is allowed', async () => {
    expect(await probe(`${server.origin}/to-zero`, settings)).toMatchObject({ reason: 'refused-address', detail: '0.0.0.0 is an unspecified address, not one on the public internet' });
  });

  it('loopback itself is refused in a real run', async () => {
    const before = server.requests.length;
    expect(await probe(`${server.origin}/ok`, { ...settings, allowLoopback: false })).toMatchObject({ reason: 'refused-address', redirects: 0 });
    expect(server.requests.length).toBe(before);
  });
});

describe('a name that resolves into a private network', () => {
  it('is refused by the address it resolves to', async () => {
    const outcome = await probe('http://intranet.example.test/report', { ...settings, lookup });
    expect(outcome).toMatchObject({ kind: 'failure', reason: 'refused-address', detail: 'intranet.example.test resolves to 10.1.2.3, a private address, not one on the public internet' });
  });

  it('is refused when any of its addresses is local, not only the first', async () => {
    expect(await probe('http://mixed.example.test/', { ...settings, lookup })).toMatchObject({ reason: 'refused-address', detail: 'mixed.example.test resolves to fe80::1, a link-local address, not one on the public internet' });
  });

  it('loopback by name is refused in a real run, allowed for the tests', async () => {
    const real = await probe('http://localhost.example.test:9/', { ...settings, allowLoopback: false, lookup });
    expect(real).toMatchObject({ reason: 'refused-address' });
    const test = await probe('http://localhost.example.test:9/', { ...settings, lookup });
    expect(test).toMatchObject({ reason: 'network' }); // allowed through to a closed port
  });
});

describe('the archive\'s answer', () => {
  const ask = (api: string) => lookUpArchive(`${server.origin}${api}`, `${server.origin}/gone`, '2019-06-01', settings);

  it('a copy on web.archive.org is taken, over https', async () => {
    expect(await ask('/archive/available')).toEqual({ copy: { url: `https://web.archive.org/web/20190603141500/${server.origin}/gone`, date: '2019-06-03' } });
  });

  it('an address on another site is not taken, and the editor is told', async () => {
    const lookup = await ask('/archive/elsewhere');
    expect(lookup).toEqual({ error: expect.stringMatching(/^the archive offered "http:\/\/127\.0\.0\.1:\d+\/snapshots\/.*", which is not an address on https:\/\/web\.archive\.org\/, so it was not used$/) });
  });

  it('an address with another scheme is not taken', async () => {
    expect(await ask('/archive/wrong-scheme')).toEqual({ error: expect.stringContaining('"javascript:alert(document.cookie)//web.archive.org/web/20190603141500/", which is not an address on https://web.archive.org/') });
  });

  it('an endless answer is read no further than the limit, and the connection is dropped', async () => {
    const lookup = await ask('/archive/endless');
    expect(lookup).toEqual({ error: `the archive's answer is larger than ${maxAnswerBytes / 1024} KB, so it was not read` });
    await server.endlessClosed();
    // The server writes only as fast as the client reads: the limit plus what socket buffers hold.
    expect(server.endlessBytes()).toBeLessThan(32 * 1024 * 1024);
  });

  it('an archive API on a private address is not asked', async () => {
    const lookup = await lookUpArchive('http://169.254.169.254/wayback/available', 'https://example.org/', undefined, settings);
    expect(lookup).toEqual({ error: 'the archive could not be asked: 169.254.169.254 is a link-local address, not one on the public internet' });
  });
});
