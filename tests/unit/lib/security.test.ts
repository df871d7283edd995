// The policy `astro dev` sends differs from the site's in one place only: Vite's inline styles.
import { describe, expect, it } from 'vitest';
import { devCsp, devSecurityHeaders, headerCsp, securityHeaders } from '../../../src/lib/security.ts';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

describe('the dev server policy', () => {
  it('allows no inline or eval script, and nothing from other origins', () => {
    expect(directives(devCsp).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(devCsp).not.toMatch(/'unsafe-eval'|https?:|\*/);
    expect(devCsp.match(/'unsafe-inline'/g)).toHaveLength(1);
  });

  it('is the published policy plus inline styles for Vite, and the other headers are the same', () => {
    const dev = directives(devCsp), site = directives(headerCsp);
    expect([...dev.keys()]).toEqual([...site.keys()]);
    for (const [name, values] of site) expect(dev.get(name)).toEqual(name === 'style-src' ? [...values, "'unsafe-inline'"] : values);
    expect({ ...devSecurityHeaders, 'Content-Security-Policy': headerCsp }).toEqual(securityHeaders);
  });
});
