// The key Astro's incremental build (experimental.incrementalBuild) compares to reuse an entity page
// from the previous build instead of rendering it again. A key must change whenever the page could:
// it holds a hash of the code, of the site files (about.yaml, terms.yaml) and of every record but the
// statements' texts, so any change to code, a site file, an organization, a policy, a cited work or
// any statement's front matter renders every page again;
// and the hashes of the texts of the statements the page shows, so a statement whose text changed
// renders only its own pages and those of the works, organizations and policies it names.
import fs from 'node:fs';
import path from 'node:path';
import type { Collection, StatementRecord } from '../content/model.ts';
import { signatoryId } from '../content/schemas/index.ts';
import { sha256 } from './cache.ts';
import { fingerprint } from './fingerprints.ts';
import { handover } from './handover.ts';

export interface PageKeys {
  statement: (id: string) => string;
  organization: (id: string) => string;
  policy: (id: string) => string;
  citation: (id: string) => string;
}

/** A statement's text beside its record (whose derived passages and notes the key hashes too): the rendered HTML and the transcription. */
export interface StatementText { id: string; html: string; transcription: string }

/** The files that make pages and are not all in Astro's module graph (worker code, styles read from disk). */
export const codeFiles = ['src', 'astro.config.ts', 'package.json', 'package-lock.json'];

/** One hash of the project's code as pages use it, from the project root. */
export function codeFingerprint(root: string): string {
  return fingerprint(root, { packages: [], files: codeFiles.filter((f) => fs.existsSync(path.join(root, f))) });
}

function addTo(index: Map<string, Set<string>>, key: string, statement: string): void {
  const set = index.get(key);
  if (set) set.add(statement);
  else index.set(key, new Set([statement]));
}

/** Every record but the statements' texts, in the collection's order. */
function recordsHash(collection: Collection): string {
  return sha256(JSON.stringify({
    statements: collection.statements.map((s) => [s.id, s.data]),
    organizations: [...collection.organizations],
    policies: [...collection.policies],
    citations: [...collection.citations],
  }));
}

/** The statements whose texts each page shows, from the front matter only (so the texts cannot change the sets). */
function textsShown(collection: Collection) {
  const byCitation = new Map<string, Set<string>>();
  const byOrganization = new Map<string, Set<string>>();
  const byPolicy = new Map<string, Set<string>>();
  for (const { id, data: s } of collection.statements) {
    for (const note of s.notes) for (const cid of note.citations) addTo(byCitation, cid, id);
    for (const group of s.signatories) for (const o of group.organizations) addTo(byOrganization, signatoryId(o), id);
    for (const a of s.authors) if (a.affiliation) addTo(byOrganization, a.affiliation, id);
    if (s.publisher) addTo(byOrganization, s.publisher, id);
    for (const o of s.actors) addTo(byOrganization, o, id);
    for (const p of s.policies) addTo(byPolicy, p, id);
  }
  // An organization's page lists the notes that cite the works it published.
  for (const [cid, work] of collection.citations) for (const id of byCitation.get(cid) ?? []) addTo(byOrganization, work.publisher, id);
  return { byCitation, byOrganization, byPolicy };
}

/** `site` holds the texts of the site files pages read (src/content/site-files.ts). */
export function pageKeys(code: string, site: string[], collection: Collection, texts: StatementText[]): PageKeys {
  const global = sha256(code, ...site, recordsHash(collection));
  const textHash = new Map(texts.map((t) => [t.id, sha256(t.html, t.transcription)]));
  // The record: what the Markdown stage derived from the text (passages, note sentences, note texts).
  const derived = new Map(collection.statements.map((s: StatementRecord) => [s.id, sha256(JSON.stringify(s))]));
  const { byCitation, byOrganization, byPolicy } = textsShown(collection);
  const key = (kind: string, id: string, statements: Iterable<string>) =>
    sha256(global, kind, id, ...[...statements].sort().flatMap((s) => [s, textHash.get(s) ?? '', derived.get(s) ?? '']));
  return {
    statement: (id) => key('statement', id, [id]),
    organization: (id) => key('organization', id, byOrganization.get(id) ?? []),
    policy: (id) => key('policy', id, byPolicy.get(id) ?? []),
    citation: (id) => key('citation', id, byCitation.get(id) ?? []),
  };
}

// The build installs the code's fingerprint (src/build/incremental.ts); pages find it here. Without it
// (astro dev) pages get no key and are always rendered.
const code = handover<string>('code-fingerprint');
export const installCodeFingerprint = code.install;
export const installedCodeFingerprint = code.installed;
