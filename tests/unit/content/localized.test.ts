// Editors' texts in the reader's language: the record's es: block, else the English, marked as such.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readAbout } from '../../../src/content/about.ts';
import { editorNoteIn, inLocale, inLocaleAt } from '../../../src/content/localized.ts';
import { policySchema, statementSchema } from '../../../src/content/schemas/index.ts';

const policy = policySchema.parse({
  name: 'Migrant Protection Protocols', kind: 'policy', countries: ['US', 'MX'], summary: 'Returns asylum seekers to Mexico.',
  es: { name: 'Protocolos de Protección a Migrantes' },
});
const statement = statementSchema.parse({
  title: 'T', date: '2017-02', kind: 'editorial', language: 'en', summary: 'S.',
  editorNotes: [{ id: 'weekday', quote: 'On Wednesday', text: 'It was a Sunday.' }, { id: 'costa-rica', text: 'Kept as printed.' }],
  es: { editorNotes: { weekday: 'Fue domingo.' } },
  provenance: { source: 'content/sources/x.txt', description: 'Transcribed.', transcribed: '2026-11-23' },
});

describe('inLocale', () => {
  test('takes the Spanish from the es: block, and the English when it is missing', () => {
    expect(inLocale(policy, 'name', 'es')).toEqual({ value: 'Protocolos de Protección a Migrantes', lang: 'es', fallback: false });
    expect(inLocale(policy, 'summary', 'es')).toEqual({ value: 'Returns asylum seekers to Mexico.', lang: 'en', fallback: true });
    expect(inLocale(policy, 'name', 'en')).toEqual({ value: 'Migrant Protection Protocols', lang: 'en', fallback: false });
  });

  test('reads nested texts at the same place in the es: block', () => {
    const about = readAbout(path.resolve('content'));
    expect(inLocaleAt(about, ['reuse', 'texts'], 'es')).toMatchObject({ lang: 'es', fallback: false, value: expect.stringContaining('Las declaraciones siguen siendo obra') });
    expect(inLocaleAt(about, ['reuse', 'texts'], 'en')).toEqual({ value: about.reuse.texts, lang: 'en', fallback: false });
    expect(inLocaleAt(about, ['contact', 'email'], 'es')).toEqual({ value: about.contact.email, lang: 'en', fallback: true });
  });

  test("an editor's note's Spanish is found by its id", () => {
    expect(editorNoteIn(statement, 'weekday', 'es')).toEqual({ value: 'Fue domingo.', lang: 'es', fallback: false });
    expect(editorNoteIn(statement, 'costa-rica', 'es')).toEqual({ value: 'Kept as printed.', lang: 'en', fallback: true });
    expect(editorNoteIn(statement, 'weekday', 'en')).toEqual({ value: 'It was a Sunday.', lang: 'en', fallback: false });
  });
});
