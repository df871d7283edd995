// The open-data exports under /data/: the whole collection as JSON, organizations and signatures as
// CSV. The JSON's envelope is a zod schema built from the content schemas, so a test can check the
// export with the very rules the content is validated by.
import { z } from 'zod';
import type { Collection } from '../content/model.ts';
import {
  citationSchema,
  organizationSchema,
  policySchema,
  signatoryId,
  statementSchema,
} from '../content/schemas/index.ts';
import { toCsv } from '../lib/csv.ts';
import { anchors, urls } from '../lib/urls.ts';
import { noteIdentifier } from '../lib/notes.ts';
import { termLabel } from '../content/terms.ts';

const record = <T extends z.ZodType>(data: T) => z.strictObject({ id: z.string(), url: z.string(), data });

export const openDataSchema = z.strictObject({
  site: z.string(),
  statements: z.array(
    z.strictObject({
      id: z.string(),
      url: z.string(),
      /** The front matter, exactly as validated. */
      data: statementSchema,
      /** The text, one entry per paragraph (#p-N) as the page numbers them. */
      passages: z.array(z.strictObject({ id: z.string(), text: z.string() })),
      notes: z.array(
        z.strictObject({ note: z.number(), label: z.string(), text: z.string(), citations: z.array(z.string()) }),
      ),
    }),
  ),
  organizations: z.array(record(organizationSchema)),
  policies: z.array(record(policySchema)),
  citations: z.array(record(citationSchema)),
});

export type OpenData = z.input<typeof openDataSchema>;

function sortedEntries<T>(map: Map<string, T>): [string, T][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function openData(collection: Collection, siteUrl: URL | string): OpenData {
  const abs = (path: string) => new URL(path, siteUrl).href;
  return {
    site: abs('/'),
    statements: collection.statements.map((s) => ({
      id: s.id,
      url: abs(urls.statement(s.id)),
      data: s.data,
      passages: s.passages.map((p) => ({ id: anchors.passage(p.number), text: p.text })),
      notes: s.noteTexts.map((n) => ({
        ...n,
        citations: s.data.notes.find((m) => noteIdentifier(m.note) === noteIdentifier(n.label))?.citations ?? [],
      })),
    })),
    organizations: sortedEntries(collection.organizations).map(([id, data]) => ({ id, url: abs(urls.organization(id)), data })),
    policies: sortedEntries(collection.policies).map(([id, data]) => ({ id, url: abs(urls.policy(id)), data })),
    citations: sortedEntries(collection.citations).map(([id, data]) => ({ id, url: abs(urls.citation(id)), data })),
  };
}

export const organizationsCsvHeader = ['id', 'name', 'acronym', 'type', 'countries', 'website', 'aliases', 'affiliations', 'url'];

export function organizationsCsv(collection: Collection, siteUrl: URL | string): string {
  const rows = sortedEntries(collection.organizations).map(([id, o]) => [
    id,
    o.name,
    o.acronym,
    o.type,
    o.countries.map((c) => termLabel('country', c, 'en')).join('; '),
    o.website,
    o.aliases.join('; '),
    o.affiliations.join('; '),
    new URL(urls.organization(id), siteUrl).href,
  ]);
  return toCsv(organizationsCsvHeader, rows);
}

export const signaturesCsvHeader = ['statement', 'statement_title', 'date', 'group', 'position', 'organization', 'organization_name', 'printed_name'];

/** One row per signature, in printed order; position counts from 1 across the whole list. */
export function signaturesCsv(collection: Collection): string {
  const rows = collection.statements.flatMap((s) => {
    let position = 0;
    return s.data.signatories.flatMap((g) =>
      g.organizations.map((sig) => {
        const id = signatoryId(sig);
        const name = collection.organizations.get(id)?.name ?? id;
        return [s.id, s.data.title, s.data.date, g.group, ++position, id, name, typeof sig === 'string' ? name : sig.printed];
      }),
    );
  });
  return toCsv(signaturesCsvHeader, rows);
}
