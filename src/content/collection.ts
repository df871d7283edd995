// Loads the validated collection from Astro's content layer once per build.
import { getCollection } from 'astro:content';
import type { Collection, StatementRecord } from './model.ts';
import { compareDatesDesc } from '../lib/dates.ts';
import { compareText } from '../lib/compare.ts';

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
  const records: StatementRecord[] = statements.map((entry) => {
    const fm = (entry.rendered?.metadata?.['frontmatter'] ?? {}) as Record<string, unknown>;
    return {
      id: entry.id,
      data: entry.data,
      passages: (fm['passages'] as StatementRecord['passages']) ?? [],
      noteReferences: (fm['noteReferences'] as StatementRecord['noteReferences']) ?? [],
      noteTexts: (fm['noteTexts'] as StatementRecord['noteTexts']) ?? [],
      lostLinks: Number(fm['lostLinks'] ?? 0),
    };
  });
  records.sort((a, b) => compareDatesDesc(a.data.date, b.data.date) || compareText(a.data.title, b.data.title));
  return {
    statements: records,
    organizations: new Map(organizations.map((e) => [e.id, e.data])),
    policies: new Map(policies.map((e) => [e.id, e.data])),
    citations: new Map(citations.map((e) => [e.id, e.data])),
  };
}
