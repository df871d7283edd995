// The /data/ exports: checked with the content schemas and parsed back with a real CSV parser.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { openData, openDataSchema, organizationsCsv, organizationsCsvHeader, signaturesCsv } from '../../../src/share/open-data.ts';
import { toCsv } from '../../../src/lib/csv.ts';
import { dataFiles } from '../../../src/share/open-data-files.ts';
import { collection, site } from '../cite/fixtures.ts';

describe('collection.json', () => {
  it('passes the same zod schemas the content is validated with', () => {
    const data = openDataSchema.parse(JSON.parse(JSON.stringify(openData(collection, site))));
    expect(data.statements.map((s) => s.id)).toEqual(['2019-joint', '2017-editorial', '2018-press']);
    expect(data.organizations.map((o) => o.id)).toEqual([...collection.organizations.keys()].sort());
  });

  it('carries each statement’s text and notes, with the works each note cites', () => {
    const joint = openData(collection, site).statements[0]!;
    expect(joint.passages[0]!.text).toContain('memorandum');
    expect(joint.notes).toEqual([
      { note: 1, label: '1', text: 'Washington Post, May 31, 2019.', citations: ['wapo-agents', 'wola-agents'] },
      { note: 2, label: '2', text: 'WOLA, June 5, 2019.', citations: ['wola-agents'] },
    ]);
    expect(joint.url).toBe('https://statements.example.org/statements/2019-joint/');
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, so a parser reads them back whole', () => {
    const csv = toCsv(['a', 'b'], [['Nebaj, Quiché', 'say "hi"'], ['two\nlines', undefined]]);
    expect(parse(csv)).toEqual([['a', 'b'], ['Nebaj, Quiché', 'say "hi"'], ['two\nlines', '']]);
  });

  it('lists organizations one a row, with every column of the header', () => {
    const rows = parse(organizationsCsv(collection, site), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(organizationsCsvHeader);
    expect(rows.find((r) => r['id'] === 'nebaj')!['name']).toBe('Primer Alcalde de Alcaldía Indígena ixil de Nebaj, Quiché');
    expect(rows.find((r) => r['id'] === 'wola')!['acronym']).toBe('WOLA');
  });

  it('lists signatures in printed order, with the group heading and the name as printed', () => {
    const rows = parse(signaturesCsv(collection), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r['position'], r['group'], r['organization'], r['printed_name']])).toEqual([
      ['1', 'United States', 'kind', 'Kids in Need of Defense (KIND)'],
      ['2', 'United States', 'wola', 'Washington Office on Latin America'],
      ['3', 'Guatemala', 'pop-noj', "Asociación Pop No'j"],
      ['4', 'Guatemala', 'nebaj', 'Primer Alcalde de Alcaldía Indígena ixil de Nebaj, Quiché'],
    ]);
  });
});

describe('data files', () => {
  it('builds every listed file, each non-empty and described', () => {
    for (const file of dataFiles) {
      expect(file.build(collection, site).length, file.file).toBeGreaterThan(50);
      expect(file.description.length, file.file).toBeGreaterThan(20);
    }
  });
});
