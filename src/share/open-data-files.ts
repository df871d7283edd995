// The files under /data/, each with what it holds: the routes build them from this list and the
// /data/ page describes them from it, so the two cannot drift apart.
import type { Collection } from '../content/model.ts';
import { toBibtex, toCslJson } from '../cite/formats.ts';
import { citationCsl, statementCsl } from '../cite/csl.ts';
import { openData, organizationsCsv, signaturesCsv } from './open-data.ts';
import type { MessageKey } from '../i18n/messages.ts';

export interface DataFile {
  file: string;
  type: string;
  /** Its title and what it holds, as keys of the interface's catalogues (src/i18n/). */
  title: MessageKey & `data.${string}Title`;
  description: MessageKey & `data.${string}Description`;
  build: (collection: Collection, site: URL) => string;
}

const citationItems = (c: Collection) => [...c.citations].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, w]) => citationCsl(id, w, c));
const statementItems = (c: Collection, site: URL) => c.statements.map((s) => statementCsl(s, c, site));

export const dataFiles: DataFile[] = [
  {
    file: 'collection.json',
    type: 'application/json',
    title: 'data.collectionTitle',
    description: 'data.collectionDescription',
    build: (c, site) => `${JSON.stringify(openData(c, site), null, 2)}\n`,
  },
  {
    file: 'organizations.csv',
    type: 'text/csv',
    title: 'data.organizationsTitle',
    description: 'data.organizationsDescription',
    build: (c, site) => organizationsCsv(c, site),
  },
  {
    file: 'signatures.csv',
    type: 'text/csv',
    title: 'data.signaturesTitle',
    description: 'data.signaturesDescription',
    build: (c) => signaturesCsv(c),
  },
  {
    file: 'citations.bib',
    type: 'application/x-bibtex',
    title: 'data.citationsBibTitle',
    description: 'data.citationsBibDescription',
    build: (c) => toBibtex(citationItems(c)),
  },
  {
    file: 'citations.csl.json',
    type: 'application/vnd.citationstyles.csl+json',
    title: 'data.citationsCslTitle',
    description: 'data.citationsCslDescription',
    build: (c) => toCslJson(citationItems(c)),
  },
  {
    file: 'statements.csl.json',
    type: 'application/vnd.citationstyles.csl+json',
    title: 'data.statementsCslTitle',
    description: 'data.statementsCslDescription',
    build: (c, site) => toCslJson(statementItems(c, site)),
  },
];
