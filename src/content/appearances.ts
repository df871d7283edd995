// Where each organization, policy and cited work appears across the collection: the backlinks
// that make entity pages. Pure functions over the loaded collection, computed once per build.
import type { Collection, Organization, Passage, Policy, StatementRecord } from './model.ts';
import { nameMatcher } from '../lib/names.ts';
import { noteIdentifier } from '../lib/notes.ts';
import { anchors } from '../lib/urls.ts';
import { compareCodePoints } from '../lib/compare.ts';
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

/** Note numbers as rendered, by the label's identifier (GFM's matching rule, src/lib/notes.ts). */
const noteNumbers = (statement: StatementRecord) => new Map(statement.noteTexts.map((n) => [noteIdentifier(n.label), n.note]));

/** The words that name an organization in a text (its page marks them in the passages it quotes). */
export function organizationNames(org: Organization) {
  return { names: [org.name, ...org.aliases], acronyms: org.acronym ? [org.acronym] : [] };
}

/** The words that name a policy in a text. */
export function policyNames(policy: Policy) {
  return { names: [policy.name, ...policy.aliases], acronyms: [] as string[] };
}

/** Appends to the list under key, creating it: the one way every index below is filled. */
function add<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/**
 * Indexes the collection once, in one pass over statements and citations, so each entity page
 * is a map lookup: scanning every statement for each of thousands of organizations made the
 * build quadratic. Lists keep the collection's order (newest statement first).
 */
export function buildAppearances(collection: Collection): Appearances {
  const citationNotes = new Map<string, NoteCitation[]>();
  const signed = new Map<string, OrganizationRoles['signed']>();
  const authored = new Map<string, OrganizationRoles['authored']>();
  const published = new Map<string, StatementRecord[]>();
  const actorIn = new Map<string, StatementRecord[]>();
  const signersOf = new Map<string, StatementRecord[]>();
  const discussedIn = new Map<string, StatementRecord[]>();
  const publishedWorks = new Map<string, string[]>();
  const signerSets = new Map<StatementRecord, Set<string>>();

  for (const statement of collection.statements) {
    const s = statement.data;
    const referencesByNote = new Map<number, NoteCitation['references']>();
    for (const { note, occurrence, passage, sentence } of statement.noteReferences) {
      add(referencesByNote, note, { reference: anchors.reference(note, occurrence), passage: anchors.passage(passage), sentence });
    }
    const numbers = noteNumbers(statement);
    for (const mapping of s.notes) {
      const note = numbers.get(noteIdentifier(mapping.note));
      if (note === undefined) continue;
      const references = referencesByNote.get(note) ?? [];
      for (const id of mapping.citations) add(citationNotes, id, { statement, note, references });
    }
    const signers = new Set<string>();
    for (const g of s.signatories) {
      const ids = new Set(g.organizations.map(signatoryId));
      for (const id of ids) add(signed, id, { statement, group: g.group });
      for (const id of ids) signers.add(id);
    }
    signerSets.set(statement, signers);
    for (const id of signers) add(signersOf, id, statement);
    for (const a of s.authors) if (a.affiliation) add(authored, a.affiliation, { statement, author: a.name });
    if (s.publisher) add(published, s.publisher, statement);
    for (const id of new Set(s.actors)) add(actorIn, id, statement);
    for (const id of new Set(s.policies)) add(discussedIn, id, statement);
  }
  for (const [cid, c] of collection.citations) add(publishedWorks, c.publisher, cid);

  const citation = (id: string) => citationNotes.get(id) ?? [];

  const roles = new Map<string, OrganizationRoles>();
  const organization = (id: string): OrganizationRoles => {
    const known = roles.get(id);
    if (known) return known;
    const org = collection.organizations.get(id);
    const { names, acronyms } = org ? organizationNames(org) : { names: [], acronyms: [] };
    const works = publishedWorks.get(id) ?? [];
    const actorStatements = actorIn.get(id) ?? [];
    const matches = actorStatements.length > 0 ? nameMatcher(names, acronyms) : () => false;
    const result: OrganizationRoles = {
      signed: signed.get(id) ?? [],
      authored: authored.get(id) ?? [],
      published: published.get(id) ?? [],
      publishedWorks: works,
      citedAs: works.flatMap((cid) => citation(cid).map((n) => ({ ...n, citation: cid }))),
      actor: actorStatements.map((statement) => ({ statement, passages: statement.passages.filter((p) => matches(p.text)) })),
    };
    roles.set(id, result);
    return result;
  };

  const policies = new Map<string, ReturnType<Appearances['policy']>>();
  const policy = (id: string) => {
    const known = policies.get(id);
    if (known) return known;
    const p = collection.policies.get(id);
    const matches = nameMatcher(p ? policyNames(p).names : []);
    const result = (discussedIn.get(id) ?? []).map((statement) => ({ statement, passages: statement.passages.filter((x) => matches(x.text)) }));
    policies.set(id, result);
    return result;
  };

  const coSigners = (id: string) => {
    const counts = new Map<string, number>();
    for (const s of signersOf.get(id) ?? []) {
      for (const other of signerSets.get(s)!) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    return [...counts].map(([oid, count]) => ({ id: oid, count })).sort((a, b) => b.count - a.count || compareCodePoints(a.id, b.id));
  };

  return { organization, policy, citation, coSigners };
}
