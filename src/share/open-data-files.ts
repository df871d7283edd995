// The files under /data/, each with what it holds: the routes build them from this list and the
// /data/ page describes them from it, so the two cannot drift apart.
import type { Collection } from '../content/model.ts';
import { toBibtex, toCslJson } from '../cite/formats.ts';
import { citationCsl, statementCsl } from '../cite/csl.ts';
import { openData, organizationsCsv, signaturesCsv } from './open-data.ts';

export interface DataFile {
  file: string;
  type: string;
  title: string;
  description: string;
  build: (collection: Collection, site: URL) => string;
}

const citationItems = (c: Collection) => [...c.citations].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, w]) => citationCsl(id, w, c));
const statementItems = (c: Collection, site: URL) => c.statements.map((s) => statementCsl(s, c, site));

export const dataFiles: DataFile[] = [
  {
    file: 'collection.json',
    type: 'application/json',
    title: 'The whole collection',
    description:
      'Every statement (its front matter, its text paragraph by paragraph as the pages number them, and its notes with the works each cites), every organization, policy and cited work, each with its id and page address. Records have exactly the fields of the content schemas in src/content/schemas/.',
    build: (c, site) => `${JSON.stringify(openData(c, site), null, 2)}\n`,
  },
  {
    file: 'organizations.csv',
    type: 'text/csv',
    title: 'Organizations',
    description: 'One row per organization: id, name, acronym, type, countries, website, aliases, affiliations and page address. Lists inside a field are separated by "; ".',
    build: (c, site) => organizationsCsv(c, site),
  },
  {
    file: 'signatures.csv',
    type: 'text/csv',
    title: 'Signatures',
    description: 'One row per organization that signed a statement, in printed order: the statement, its date, the printed group heading, the position in the list, the organization id and name, and the name exactly as the statement prints it.',
    build: (c) => signaturesCsv(c),
  },
  {
    file: 'citations.bib',
    type: 'application/x-bibtex',
    title: 'Cited works as BibTeX',
    description: 'Every work the statements cite, for LaTeX and reference managers.',
    build: (c) => toBibtex(citationItems(c)),
  },
  {
    file: 'citations.csl.json',
    type: 'application/vnd.citationstyles.csl+json',
    title: 'Cited works as CSL-JSON',
    description: 'The same works as CSL-JSON, which Zotero and citeproc read; organizations are whole names.',
    build: (c) => toCslJson(citationItems(c)),
  },
  {
    file: 'statements.csl.json',
    type: 'application/vnd.citationstyles.csl+json',
    title: 'Statements as CSL-JSON',
    description: 'The citation of every statement, as its "Cite this statement" box formats it.',
    build: (c, site) => toCslJson(statementItems(c, site)),
  },
];
