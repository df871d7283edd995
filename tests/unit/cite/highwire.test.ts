// The citation_* tags Google Scholar and Zotero read from a page's head.
import { describe, expect, it } from 'vitest';
import { highwireDate } from '../../../src/lib/dates.ts';
import { highwireTags } from '../../../src/share/highwire.ts';
import { statementCsl } from '../../../src/cite/csl.ts';
import { collection, editorial, joint, pressRelease, signatoryNames, site } from './fixtures.ts';

const values = (tags: { name: string; content: string }[], name: string) => tags.filter((t) => t.name === name).map((t) => t.content);

describe('highwireTags', () => {
  it('gives one citation_author per signatory, each name whole, in printed order', () => {
    const tags = highwireTags(statementCsl(joint, collection, site));
    expect(values(tags, 'citation_author')).toEqual(signatoryNames);
    expect(values(tags, 'citation_title')).toEqual(['Civil Society Organizations Express Deep Concern']);
    expect(values(tags, 'citation_public_url')).toEqual(['https://statements.example.org/statements/2019-joint/']);
    expect(values(tags, 'citation_language')).toEqual(['en']);
  });

  it('writes a person as "Family, Given" so Zotero cannot mistake the split', () => {
    expect(values(highwireTags(statementCsl(editorial, collection, site)), 'citation_author')).toEqual(['Burgi-Palomino, Daniella']);
  });

  it('names the publishing organization as the report institution, and only for reports', () => {
    expect(values(highwireTags(statementCsl(pressRelease, collection, site)), 'citation_technical_report_institution')).toEqual(['Washington Office on Latin America']);
    expect(values(highwireTags(statementCsl(editorial, collection, site)), 'citation_technical_report_institution')).toEqual([]);
    expect(values(highwireTags(statementCsl(joint, collection, site)), 'citation_technical_report_institution')).toEqual([]);
  });

  it('writes dates as YYYY/MM/DD, YYYY/MM or YYYY', () => {
    expect(highwireDate({ 'date-parts': [[2019, 6, 13]] })).toBe('2019/06/13');
    expect(highwireDate({ 'date-parts': [[2017, 2]] })).toBe('2017/02');
    expect(highwireDate({ 'date-parts': [[2018]] })).toBe('2018');
    expect(highwireDate(undefined)).toBeUndefined();
  });
});
