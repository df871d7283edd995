// The one CSL item per statement and per cited work, which every citation format is made from.
import { describe, expect, it } from 'vitest';
import { citationCsl, citedWorkIds, cslDate, personName, statementCsl } from '../../../src/cite/csl.ts';
import { collection, editorial, joint, pressRelease, signatoryNames, site } from './fixtures.ts';

describe('statementCsl', () => {
  it('makes a joint statement a report whose authors are its signatories, each one whole name, in printed order', () => {
    const item = statementCsl(joint, collection, site);
    expect(item.type).toBe('report');
    expect(item.genre).toBe('Joint statement');
    expect(item.author).toEqual(signatoryNames.map((literal) => ({ literal })));
  });

  it('gives title, date, address on this site and language', () => {
    const item = statementCsl(joint, collection, site);
    expect(item).toMatchObject({
      id: '2019-joint',
      title: 'Civil Society Organizations Express Deep Concern',
      issued: { 'date-parts': [[2019, 6, 13]] },
      URL: 'https://statements.example.org/statements/2019-joint/',
      language: 'en',
    });
  });

  it('splits a person author into family and given names', () => {
    expect(statementCsl(editorial, collection, site).author).toEqual([{ family: 'Burgi-Palomino', given: 'Daniella' }]);
  });

  it('makes an editorial a blog post on its publisher site, not a report', () => {
    const item = statementCsl(editorial, collection, site);
    expect(item.type).toBe('post-weblog');
    expect(item['container-title']).toBe('CAMMINA');
    expect(item.publisher).toBeUndefined();
    expect(item.issued).toEqual({ 'date-parts': [[2017, 2]] });
  });

  it('credits a statement with no authors or signatories to its publisher, as author and institution', () => {
    const item = statementCsl(pressRelease, collection, site);
    expect(item.type).toBe('report');
    expect(item.author).toEqual([{ literal: 'Washington Office on Latin America' }]);
    expect(item.publisher).toBe('Washington Office on Latin America');
    expect(item.language).toBe('es');
  });
});

describe('citationCsl', () => {
  it('makes an organization report its publisher’s, as a group author', () => {
    const item = citationCsl('wola-agents', collection.citations.get('wola-agents')!, collection);
    expect(item).toMatchObject({ type: 'report', author: [{ literal: 'Washington Office on Latin America' }], publisher: 'Washington Office on Latin America', URL: 'https://www.wola.org/analysis/80-agents/' });
  });

  it('makes a news story an article in its newspaper, with no invented author', () => {
    const item = citationCsl('wapo-agents', collection.citations.get('wapo-agents')!, collection);
    expect(item.type).toBe('article-newspaper');
    expect(item['container-title']).toBe('The Washington Post');
    expect(item.author).toBeUndefined();
  });

  it('leaves out the date of an undated work', () => {
    expect(citationCsl('undated', collection.citations.get('undated')!, collection).issued).toBeUndefined();
  });
});

describe('helpers', () => {
  it('keeps only the date parts a partial date has', () => {
    expect(cslDate('2017')).toEqual({ 'date-parts': [[2017]] });
    expect(cslDate('2017-02')).toEqual({ 'date-parts': [[2017, 2]] });
    expect(cslDate(undefined)).toBeUndefined();
  });

  it('keeps a particle apart from the family name', () => {
    expect(personName('Ludwig van Beethoven')).toEqual({ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' });
  });

  it('lists each cited work once, in the order the notes cite them', () => {
    expect(citedWorkIds(joint)).toEqual(['wapo-agents', 'wola-agents']);
  });
});
