// A statement reaches the pages only with its rendered text and the record the Markdown stage
// derived from it; Astro logs a failed render and carries on, so the collection must refuse it.
import { describe, expect, it } from 'vitest';
import { statementRecord, UnrenderedStatementError } from '../../../src/content/statement-record.ts';
import { derivedKey } from '../../../src/content/derived.ts';
import { statementSchema } from '../../../src/content/schemas/index.ts';

const provenance = { source: 'content/sources/x.txt', description: 'Test.', transcribed: '2026-01-01' };
const data = statementSchema.parse({ title: 'T', date: '2019-06-13', kind: 'letter', language: 'en', summary: 'S.', provenance });
const derived = { passages: [{ number: 1, text: 'Text.' }], noteReferences: [], noteTexts: [], lostLinks: 0 };
const entry = (rendered: unknown) => ({ id: 'broken', data, filePath: 'content/statements/broken.md', rendered: rendered as never });

describe('a statement as the pages get it', () => {
  it('carries what the Markdown stage derived, read through its schema', () => {
    const record = statementRecord(entry({ html: '<p>Text.</p>', metadata: { frontmatter: { [derivedKey]: derived } } }));
    expect(record).toEqual({ id: 'broken', data, ...derived });
  });

  it('is refused when its text did not render, with the file, what happened and what to do', () => {
    const refuse = () => statementRecord(entry(undefined));
    expect(refuse).toThrow(UnrenderedStatementError);
    expect(refuse).toThrow(/^content\/statements\/broken\.md\n {2}The text of this statement could not be rendered \(it has no rendered HTML\), so its page would be published empty\.\n {2}Run npm run validate/);
  });

  it('is refused when its rendered HTML is empty', () => {
    expect(() => statementRecord(entry({ html: '  ', metadata: { frontmatter: { [derivedKey]: derived } } }))).toThrow(/no rendered HTML/);
  });

  it('is refused when the derived record is missing or does not match its schema', () => {
    expect(() => statementRecord(entry({ html: '<p>Text.</p>', metadata: { frontmatter: {} } }))).toThrow(/no complete record of its passages and notes/);
    const stale = { ...derived, passages: [{ id: 'p-1', text: 'Text.' }] };
    expect(() => statementRecord(entry({ html: '<p>Text.</p>', metadata: { frontmatter: { [derivedKey]: stale } } }))).toThrow(UnrenderedStatementError);
  });
});
