// Where a statement was first published is optional, and each address must be a full web address.
import { describe, expect, it } from 'vitest';
import { provenanceSchema } from '../../../src/content/schemas/statement.ts';

const base = { source: 'content/sources/x.txt', description: 'Test.', transcribed: '2026-01-01' };

describe('provenance.published', () => {
  it('may be left out', () => {
    expect(provenanceSchema.parse(base).published).toBeUndefined();
  });

  it('takes a date and the addresses of the web page, the PDF and an archived copy', () => {
    const published = { date: '2019-06', webPage: 'https://example.org/a', pdf: 'https://example.org/a.pdf', archived: 'https://web.archive.org/web/2019/https://example.org/a' };
    expect(provenanceSchema.parse({ ...base, published }).published).toEqual(published);
  });

  it('refuses an address that is not a web address, and a field it does not know', () => {
    expect(provenanceSchema.safeParse({ ...base, published: { pdf: 'content/sources/a.pdf' } }).success).toBe(false);
    expect(provenanceSchema.safeParse({ ...base, published: { url: 'https://example.org/' } }).success).toBe(false);
  });
});
