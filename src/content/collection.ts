// Loads the validated collection from Astro's content layer once per build, with what the Markdown
// stage derived from each statement's text. A statement whose text failed to render stops the build:
// Astro only logs such a failure, and the page would be published without its text.
import { getCollection } from 'astro:content';
import type { Collection } from './model.ts';
import { statementRecord, UnrenderedStatementError } from './statement-record.ts';
import { compareDatesDesc } from '../lib/dates.ts';

let cached: Promise<Collection> | undefined;

export function loadCollection(): Promise<Collection> {
  cached ??= load();
  return cached;
}

/** Every statement that cannot be published, at once; a build exits without a stack trace, as the validator does. */
function stop(failures: string[]): never {
  const report = `${failures.join('\n\n')}\n\n${failures.length === 1 ? 'This statement' : `These ${failures.length} statements`} would be published without text.`;
  if (import.meta.env.DEV) throw new UnrenderedStatementError(report);
  console.error(`\n${report}\nThe build stopped: fix the problems above, then build again.\n`);
  process.exit(1);
}

async function load(): Promise<Collection> {
  const [statements, organizations, policies, citations] = await Promise.all([
    getCollection('statements'),
    getCollection('organizations'),
    getCollection('policies'),
    getCollection('citations'),
  ]);
  const failures: string[] = [];
  const records = statements.flatMap((entry) => {
    try {
      return [statementRecord(entry)];
    } catch (error) {
      if (!(error instanceof UnrenderedStatementError)) throw error;
      failures.push(error.message);
      return [];
    }
  });
  if (failures.length > 0) stop(failures);
  records.sort((a, b) => compareDatesDesc(a.data.date, b.data.date) || a.data.title.localeCompare(b.data.title));
  return {
    statements: records,
    organizations: new Map(organizations.map((e) => [e.id, e.data])),
    policies: new Map(policies.map((e) => [e.id, e.data])),
    citations: new Map(citations.map((e) => [e.id, e.data])),
  };
}
