// Where each organization, policy and cited work appears across the collection: the backlinks
// that make entity pages. Pure functions over the loaded collection, computed once per build.
import type { Collection, Organization, Passage, StatementRecord } from './model.ts';
import { nameMatcher } from '../lib/names.ts';
import { signatoryId } from './schemas/index.ts';

export interface NoteCitation {
  statement: StatementRecord;
  /** The note's number as the reader sees it (#fn-N). */
  note: number;
  /** The reference anchors and the sentence each supports. */
  references: { reference: string; passage: string; sentence: string }[];
}

export interface OrganizationRoles {
  signed: { statement: StatementRecord; group: string }[];
  authored: { statement: StatementRecord; author: string }[];
  published: StatementRecord[];
  publishedWorks: string[];
  citedAs: (NoteCitation & { citation: string })[];
  actor: { statement: StatementRecord; passages: Passage[] }[];
}

export interface Appearances {
  organization: (id: string) => OrganizationRoles;
  policy: (id: string) => { statement: StatementRecord; passages: Passage[] }[];
  citation: (id: string) => NoteCitation[];
  coSigners: (id: string) => { id: string; count: number }[];
}

/** Note number for a front-matter label, as rendered. */
function noteNumber(statement: StatementRecord, label: string): number | undefined {
  return statement.noteTexts.find((n) => n.label === label)?.note;
}

export function passagesNaming(passages: Passage[], names: string[], acronyms: string[] = []): Passage[] {
  const matches = nameMatcher(names, acronyms);
  return passages.filter((p) => matches(p.text));
}

function organizationNames(org: Organization) {
  return { names: [org.name, ...org.aliases], acronyms: org.acronym ? [org.acronym] : [] };
}

export function buildAppearances(collection: Collection): Appearances {
  const citationNotes = new Map<string, NoteCitation[]>();
  for (const statement of collection.statements) {
    for (const mapping of statement.data.notes) {
      const note = noteNumber(statement, mapping.note);
      if (note === undefined) continue;
      const references = statement.noteReferences
        .filter((r) => r.note === note)
        .map(({ reference, passage, sentence }) => ({ reference, passage, sentence }));
      for (const id of mapping.citations) {
        const list = citationNotes.get(id) ?? [];
        list.push({ statement, note, references });
        citationNotes.set(id, list);
      }
    }
  }

  const citation = (id: string) => citationNotes.get(id) ?? [];

  const organization = (id: string): OrganizationRoles => {
    const org = collection.organizations.get(id);
    const { names, acronyms } = org ? organizationNames(org) : { names: [], acronyms: [] };
    const publishedWorks = [...collection.citations].filter(([, c]) => c.publisher === id).map(([cid]) => cid);
    return {
      signed: collection.statements.flatMap((statement) =>
        statement.data.signatories
          .filter((g) => g.organizations.some((o) => signatoryId(o) === id))
          .map((g) => ({ statement, group: g.group })),
      ),
      authored: collection.statements.flatMap((statement) =>
        statement.data.authors.filter((a) => a.affiliation === id).map((a) => ({ statement, author: a.name })),
      ),
      published: collection.statements.filter((s) => s.data.publisher === id),
      publishedWorks,
      citedAs: publishedWorks.flatMap((cid) => citation(cid).map((n) => ({ ...n, citation: cid }))),
      actor: collection.statements
        .filter((s) => s.data.actors.includes(id))
        .map((statement) => ({ statement, passages: passagesNaming(statement.passages, names, acronyms) })),
    };
  };

  const policy = (id: string) => {
    const p = collection.policies.get(id);
    const names = p ? [p.name, ...p.aliases] : [];
    return collection.statements
      .filter((s) => s.data.policies.includes(id))
      .map((statement) => ({ statement, passages: passagesNaming(statement.passages, names) }));
  };

  const coSigners = (id: string) => {
    const counts = new Map<string, number>();
    for (const s of collection.statements) {
      const signers = s.data.signatories.flatMap((g) => g.organizations.map(signatoryId));
      if (!signers.includes(id)) continue;
      for (const other of new Set(signers)) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    return [...counts].map(([oid, count]) => ({ id: oid, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  };

  return { organization, policy, citation, coSigners };
}
