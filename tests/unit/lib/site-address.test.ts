// The site's address comes from SITE_URL alone, and a production build without it says so in one line.
import { describe, expect, it } from 'vitest';
import { placeholderAddress, siteAddress, siteAddressWarning } from '../../../src/lib/site-address.ts';

function warningsOfBuild(env: Record<string, string>): string[] {
  const said: string[] = [];
  const hook = siteAddressWarning(siteAddress(env)).hooks['astro:build:start'] as (o: { logger: { warn: (m: string) => void } }) => void;
  hook({ logger: { warn: (m) => said.push(m) } });
  return said;
}

describe('siteAddress', () => {
  it('is SITE_URL when set, and a build then says nothing', () => {
    expect(siteAddress({ SITE_URL: 'https://statements.example.net/' })).toEqual({ url: 'https://statements.example.net/' });
    expect(warningsOfBuild({ SITE_URL: 'https://statements.example.net/' })).toEqual([]);
  });

  it('falls back to the placeholder, and a build says so in one line with how to set it', () => {
    expect(siteAddress({}).url).toBe(placeholderAddress);
    const said = warningsOfBuild({});
    expect(said).toHaveLength(1);
    expect(said[0]).not.toContain('\n');
    expect(said[0]).toContain(placeholderAddress);
    expect(said[0]).toContain('SITE_URL=https://');
  });

  it('refuses an address that is not a web address, saying what to set', () => {
    expect(() => siteAddress({ SITE_URL: 'statements.example.net' })).toThrow(/SITE_URL is "statements\.example\.net", which is not a web address: set it/);
    expect(() => siteAddress({ SITE_URL: 'ftp://statements.example.net' })).toThrow(/not a web address/);
  });
});
