// The command line: defaults for a real run, the switches tests need, and plain errors for typos.
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../../../src/tools/check-links/options.ts';

describe('check-links options', () => {
  it('defaults: 15 s per request, 4 at a time, the Wayback API, today, nothing written', () => {
    expect(parseOptions([], '2026-11-23')).toEqual({
      content: undefined, report: 'link-report.json', timeoutMs: 15_000, concurrency: 4, maxRedirects: 10,
      archiveApi: 'https://archive.org/wayback/available', checked: '2026-11-23', write: false, allowLoopback: false, ids: [], help: false,
    });
  });

  it('every setting can be given, and ids narrow the check', () => {
    const options = parseOptions(
      ['--content', 'c', '--report', 'r.json', '--timeout', '300', '--concurrency', '2', '--max-redirects', '3',
        '--archive-api', 'http://127.0.0.1:1/a', '--date', '2026-01-31', '--write', 'wola-report'],
      '2026-11-23',
    );
    expect(options).toMatchObject({ content: 'c', report: 'r.json', timeoutMs: 300, concurrency: 2, maxRedirects: 3, archiveApi: 'http://127.0.0.1:1/a', checked: '2026-01-31', write: true, ids: ['wola-report'] });
    expect(parseOptions(['--no-archive'], '2026-11-23').archiveApi).toBeUndefined();
    expect(parseOptions(['--allow-loopback'], '2026-11-23').allowLoopback).toBe(true);
  });

  it('bad values are refused with a message naming the option', () => {
    expect(() => parseOptions(['--timeout', '0'], '2026-11-23')).toThrow('--timeout expects a whole number of at least 1, not "0".');
    expect(() => parseOptions(['--concurrency', 'four'], '2026-11-23')).toThrow(/--concurrency/);
    expect(() => parseOptions(['--date', '2026-02-30'], '2026-11-23')).toThrow(/--date expects a date/);
    expect(() => parseOptions(['--archive-api', 'archive'], '2026-11-23')).toThrow(/--archive-api/);
    expect(() => parseOptions(['--wrte'], '2026-11-23')).toThrow(/--wrte/);
  });
});
