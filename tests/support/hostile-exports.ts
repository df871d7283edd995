// Every export of a collection, built by the functions the routes call and read back by the checks
// in export-checks.ts: what the property-based test asserts for each generated collection.
import { expect } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { citationCsl, statementCsl } from '../../src/cite/csl.ts';
import { formattedCitations, toBibtex, toRis } from '../../src/cite/formats.ts';
import type { Collection, StatementRecord } from '../../src/content/model.ts';
import { citationSchema, organizationSchema, policySchema, statementSchema } from '../../src/content/schemas/index.ts';
import { feedOptions, sitemapPaths, sitemapXml } from '../../src/share/feeds.ts';
import { ogImageSvg } from '../../src/share/og-image.ts';
import { dataFiles } from '../../src/share/open-data-files.ts';
import { openData, organizationsCsvHeader, signaturesCsvHeader } from '../../src/share/open-data.ts';
import { citationJsonLd, jsonLdText, organizationJsonLd, policyJsonLd, statementJsonLd } from '../../src/share/structured-data.ts';
import {
  expectCitationsBack, expectJsonLdScript, expectRisRecords, fragmentInventory, readCsv, readSvg, readXml, xmlProblems, xmlTextOf,
} from './export-checks.ts';
import type { hostileRecords } from './hostile-content.ts';

export const site = new URL('https://statements.example.org');

type Records = { [K in keyof ReturnType<typeof hostileRecords>]: Record<string, unknown> };

/** The collection the site would build from these records, through the content schemas. */
export function collectionOf(records: Records): Collection {
  const map = <T>(entries: Record<string, unknown>, parse: (d: unknown) => T) => new Map(Object.entries(entries).map(([id, d]) => [id, parse(d)]));
  const statements: StatementRecord[] = Object.entries(records.statements).map(([id, d]) => ({
    id, data: statementSchema.parse(d), passages: [], noteReferences: [], noteTexts: [], lostLinks: 0,
  }));
  return {
    statements,
    organizations: map(records.organizations, (d) => organizationSchema.parse(d)),
    policies: map(records.policies, (d) => policySchema.parse(d)),
    citations: map(records.citations, (d) => citationSchema.parse(d)),
  };
}

/**
 * The markup citeproc adds to a formatted citation of the baseline collection, and <sup>, its own
 * spelling of superscript characters ("²", "℠") in any text.
 */
export function citationMarkup(collection: Collection): Set<string> {
  const items = [...collection.statements.map((s) => statementCsl(s, collection, site)), ...[...collection.citations].map(([id, w]) => citationCsl(id, w, collection))];
  return new Set(['sup', ...items.flatMap((item) => formattedCitations(item).flatMap((f) => [...fragmentInventory(f.html)]))]);
}

export const ogCard = (s: StatementRecord, collection: Collection) => ({
  siteName: 'Border & Migration Statements',
  eyebrow: `${s.data.kind} · ${s.data.date}`,
  title: s.data.title,
  footer: [s.data.authors.map((a) => a.name).join(', '), s.data.publisher ? collection.organizations.get(s.data.publisher)?.name : ''].filter(Boolean).join(' · '),
});

/** Builds every export of the collection and asserts it is well-formed and holds the text as text. */
export async function checkExports(collection: Collection, allowedCitationMarkup: Set<string>): Promise<void> {
  const statementItems = collection.statements.map((s) => statementCsl(s, collection, site));
  const citationItems = [...collection.citations].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, w]) => citationCsl(id, w, collection));
  for (const item of [...statementItems, ...citationItems]) {
    expectCitationsBack(toBibtex([item]), [item]);
    const ris = toRis([item]);
    expectRisRecords(ris, 1);
    // RIS has no escape for a comma in a name ("A, B" reads as family and given): titles only.
    expectCitationsBack(ris, [item], { names: false });
    for (const { html } of formattedCitations(item)) {
      for (const name of fragmentInventory(html)) expect(allowedCitationMarkup, `citeproc added ${name}: ${html}`).toContain(name);
    }
  }
  const files = Object.fromEntries(dataFiles.map((f) => [f.file, f.build(collection, site)]));
  expect(JSON.parse(files['collection.json']!)).toEqual(JSON.parse(JSON.stringify(openData(collection, site))));
  expectCitationsBack(files['citations.bib']!, citationItems);

  const orgRows = readCsv(files['organizations.csv']!, organizationsCsvHeader.length);
  expect(orgRows.slice(1).map((r) => [r[1], r[2], r[6]])).toEqual(
    // A file is UTF-8, which has no lone surrogates: they are read back as U+FFFD.
    [...collection.organizations].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, o]) => [o.name, o.acronym ?? '', o.aliases.join('; ')].map((v) => v.toWellFormed())),
  );
  const signatures = readCsv(files['signatures.csv']!, signaturesCsvHeader.length).slice(1);
  const joint = collection.statements.find((s) => s.data.signatories.length > 0)!;
  const [first] = joint.data.signatories[0]!.organizations;
  expect(signatures[0]!.slice(0, 4)).toEqual([joint.id, joint.data.title, joint.data.date, joint.data.signatories[0]!.group].map((v) => v.toWellFormed()));
  expect(signatures[0]![7]).toBe((typeof first === 'string' ? collection.organizations.get(first)!.name : first!.printed).toWellFormed());

  const feed = await getRssString(feedOptions(collection, site));
  expect(xmlProblems(feed)).toEqual([]);
  const items = readXml(feed).rss.channel.item as { title?: string; description?: string }[];
  expect(items.map((i) => [i.title ?? '', i.description ?? ''])).toEqual(collection.statements.map((s) => [xmlTextOf(s.data.title), xmlTextOf(s.data.summary)]));
  const sitemap = sitemapXml(sitemapPaths(collection), site);
  expect(xmlProblems(sitemap)).toEqual([]);
  expect(readXml(sitemap).urlset.url).toHaveLength(sitemapPaths(collection).length);

  collection.statements.forEach((s, i) => expectJsonLdScript(jsonLdText(statementJsonLd(statementItems[i]!, s, collection, site, `${site}og.png`)), statementJsonLd(statementItems[i]!, s, collection, site, `${site}og.png`)));
  for (const [id, w] of collection.citations) expectJsonLdScript(jsonLdText(citationJsonLd(id, citationCsl(id, w, collection), collection, site)), citationJsonLd(id, citationCsl(id, w, collection), collection, site));
  for (const id of collection.organizations.keys()) expectJsonLdScript(jsonLdText(organizationJsonLd(id, collection, site)), organizationJsonLd(id, collection, site));
  for (const id of collection.policies.keys()) expectJsonLdScript(jsonLdText(policyJsonLd(id, collection, site)), policyJsonLd(id, collection, site));

  for (const s of collection.statements) {
    const svg = readSvg(ogImageSvg(ogCard(s, collection)));
    expect([...svg.elements].sort()).toEqual(['g', 'rect', 'svg', 'text', 'tspan']);
  }
}
