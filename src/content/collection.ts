// Loads the validated collection from Astro's content layer once per build, with what the Markdown
// stage derived from each statement's text. A statement whose text failed to render stops the build:
// Astro only logs such a failure, and the page would be published without its text.
import { getCollection } from 'astro:content';
import type { Collection } from './model.ts';
import { statementRecord } from './statement-record.ts';
import { compareDatesDesc } from '../lib/dates.ts';

let cached: Promise<Collection> | undefined;

export function loadCollection(): Promise<Collection> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Collection> {
  const [statements, organizations, policies, citations] = await Promise.all([
    getCollection('statements'),
    getCollection('organizations'),
    getCollection('policies'),
    getCollection('citations'),
  ]);
  const records = statements.map(statementRecord);
  records.sort((a, b) => compareDatesDesc(a.data.date, b.data.date) || a.data.title.localeCompare(b.data.title));
  return {
    statements: records,
    organizations: new Map(organizations.map((e) => [e.id, e.data])),
    policies: new Map(policies.map((e) => [e.id, e.data])),
    citations: new Map(citations.map((e) => [e.id, e.data])),
  };
}
