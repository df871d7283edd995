// The unsafe-html rule allow-lists link schemes (https, http, mailto, in-page #) instead of
// block-listing the ones known to run code, and names the scheme it refuses.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/validate/index.ts';
import { addressProblem } from '../../../src/validate/rules/unsafe-html.ts';
import { schemeOf } from '../../../src/lib/link-schemes.ts';
import { fixture } from './helpers.ts';

describe('link addresses are allow-listed', () => {
  it.each(['https://example.org/a', 'HTTPS://example.org/', 'http://example.org/', 'mailto:office@example.org', '#', '#fn-2'])('%s may be published', (url) => {
    expect(addressProblem('link', url)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    [' JaVa\tScRiPt:alert(1)', 'javascript'],
    ['data:text/html,x', 'data'],
    ['vbscript:x', 'vbscript'],
    ['file:///etc/passwd', 'file'],
    ['ftp://example.org/x', 'ftp'],
    ['tel:+15551234', 'tel'],
    ['x-unknown-scheme:1', 'x-unknown-scheme'],
  ])('%s is refused, naming the scheme "%s"', (url, scheme) => {
    expect(schemeOf(url)).toBe(scheme);
    expect(addressProblem('link', url)).toBe(`A link address starts with "${scheme}:", which is not allowed: only https:, http:, mailto: and in-page # addresses are published.`);
    expect(addressProblem('definition', url)).toBe(addressProblem('link', url));
  });

  it('an address with no scheme is refused as not a full address', () => {
    expect(addressProblem('link', '/organizations/wola/')).toBe('The link address "/organizations/wola/" is not a full address: only https:, http:, mailto: and in-page # addresses are published.');
    expect(addressProblem('link', 'www.example.org')).toMatch(/"www\.example\.org" is not a full address/);
  });

  it('a picture is refused whatever its address, since only text is published', () => {
    expect(addressProblem('image', 'https://example.org/a.png')).toMatch(/picture, which the site does not publish/);
  });
});

describe('the rule on a statement', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'unsafe-html-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reports each refused link with its line, column and scheme, and passes the allowed ones', async () => {
    fs.cpSync(fixture('valid'), root, { recursive: true });
    const file = path.join(root, 'statements', '2019-guatemala.md');
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n').length;
    fs.writeFileSync(file, `${text.trimEnd()}\n\nSee [one](ftp://example.org/x), [two](https://example.org/), [three](mailto:a@example.org) and [four](tel:+15551234).\n`);
    const report = await validateContent(root);
    const problems = report.problems.filter((p) => p.code === 'unsafe-html');
    expect(problems.map((p) => [p.line, p.column, /"([a-z]+):"/.exec(p.message)?.[1]])).toEqual([
      [lines + 1, 5, 'ftp'],
      [lines + 1, 96, 'tel'],
    ]);
    expect(report.problems).toEqual(problems);
  });
});
