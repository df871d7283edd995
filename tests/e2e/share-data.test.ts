// The open-data files under /data/, fetched from the built site and checked with the content
// schemas, a CSV parser and citation-js.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { openDataSchema, organizationsCsvHeader, signaturesCsvHeader } from '../../src/share/open-data.ts';
import { dataFiles } from '../../src/share/open-data-files.ts';
import { catalogues } from '../../src/i18n/messages.ts';
import { localePath, locales } from '../../src/lib/locales.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const get = async (path: string) => {
  const res = await fetch(site.url(path));
  expect(res.status, path).toBe(200);
  return res.text();
};
const count = (folder: string, ext: string) => fs.readdirSync(`content/${folder}`).filter((f) => f.endsWith(ext)).length;

describe('/data/', () => {
  it('collection.json passes the content schemas and holds every record, with each statement’s text and notes', async () => {
    const data = openDataSchema.parse(JSON.parse(await get('/data/collection.json')));
    expect(data.statements).toHaveLength(count('statements', '.md'));
    expect(data.organizations).toHaveLength(count('organizations', '.yaml'));
    expect(data.policies).toHaveLength(count('policies', '.yaml'));
    expect(data.citations).toHaveLength(count('citations', '.yaml'));
    for (const s of data.statements) {
      expect(s.passages.length, s.id).toBeGreaterThan(3);
      expect(s.notes.length, s.id).toBeGreaterThan(0);
    }
  });

  it('organizations.csv and signatures.csv parse with their headers, one row per organization and per signature', async () => {
    const orgs = parse(await get('/data/organizations.csv'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(orgs[0]!)).toEqual(organizationsCsvHeader);
    expect(orgs).toHaveLength(count('organizations', '.yaml'));
    const sigs = parse(await get('/data/signatures.csv'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(sigs[0]!)).toEqual(signaturesCsvHeader);
    const joint = sigs.filter((r) => r['statement'] === '2019-guatemala-border-externalization');
    expect(joint.map((r) => Number(r['position']))).toEqual(joint.map((_, i) => i + 1));
    expect(joint.find((r) => r['organization'] === 'kids-in-need-of-defense')?.['printed_name']).toBe('Kids in Need of Defense (KIND)');
  });

  it('citations.bib and citations.csl.json hold every cited work and parse with citation-js', async () => {
    const n = count('citations', '.yaml');
    const bib = new Cite(await get('/data/citations.bib')).data;
    const csl = new Cite(await get('/data/citations.csl.json')).data;
    expect(bib).toHaveLength(n);
    expect(csl).toHaveLength(n);
    expect(csl.map((c) => c['title']).sort()).toEqual(bib.map((c) => c['title']).sort());
  });

  it('the /data/ page links to and describes every file, in each interface language', async () => {
    for (const locale of locales) {
      const html = await get(localePath('/data/', locale));
      const text = html.replace(/<[^>]*>/g, ' ').replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
      for (const file of dataFiles) {
        expect(html, `${locale}: ${file.file}`).toContain(`href="/data/${file.file}"`);
        expect(text, `${locale}: ${file.title}`).toContain(catalogues[locale][file.title].replace(/\s+/g, ' '));
        expect(text, `${locale}: ${file.description}`).toContain(catalogues[locale][file.description].replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 40));
      }
    }
  });
});
