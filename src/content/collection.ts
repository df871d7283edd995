// Loads the validated collection from Astro's content layer once per build, with what the Markdown
// stage derived from each statement's text. A statement whose text failed to render stops the build:
// Astro only logs such a failure, and the page would be published without its text.
import { getCollection } from 'astro:content';
import type { Collection } from './model.ts';
import { statementRecord, UnrenderedStatementError } from './statement-record.ts';
import { compareDatesDesc } from '../lib/dates.ts';
import { assertValidatedEntries } from './entries-check.ts';
import { compareText } from '../lib/compare.ts';

let cached: Promise<Collection> | undefined;

export function loadCollection(): Promise<Collection> {
  cached ??= load();
  // A failed load is not kept: in astro dev the next request tries again once the content is fixed.
  cached.catch(() => (cached = undefined));
  return cached;
}

/** Every statement that cannot be published, reported at once, as the validator reports problems. */
function stop(failures: string[]): never {
  const which = failures.length === 1 ? 'this statement' : `these ${failures.length} statements`;
  throw new UnrenderedStatementError(`${failures.join('\n\n')}\n\nThe build stopped: ${which} would be published without text. Fix the problems above, then build again.`);
}

async function load(): Promise<Collection> {
  const [statements, organizations, policies, citations] = await Promise.all([
    getCollection('statements'),
    getCollection('organizations'),
    getCollection('policies'),
    getCollection('citations'),
  ]);
  // A build publishes only validated files; `astro dev` serves the rest anyway, as its overlay says.
  if (import.meta.env.PROD) assertValidatedEntries({ statements, organizations, policies, citations });
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
  records.sort((a, b) => compareDatesDesc(a.data.date, b.data.date) || compareText(a.data.title, b.data.title));
  return {
    statements: records,
    organizations: new Map(organizations.map((e) => [e.id, e.data])),
    policies: new Map(policies.map((e) => [e.id, e.data])),
    citations: new Map(citations.map((e) => [e.id, e.data])),
  };
}
