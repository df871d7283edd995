// A statement as pages use it: its data and what the Markdown stage derived from its text, checked
// against the record's schema. Without them the page would be published empty, so it is an error.
import type { Statement, StatementRecord } from './model.ts';
import { z } from 'zod';
import { derivedKey, derivedTextSchema } from './derived.ts';

/** Astro keeps the Markdown stage's front matter in the rendered entry's metadata. */
const metadataSchema = z.object({ frontmatter: z.object({ [derivedKey]: derivedTextSchema }) });

interface StatementEntry {
  id: string;
  data: Statement;
  filePath?: string | undefined;
  /** As Astro's content layer keeps it after rendering. */
  rendered?: { html: string; metadata?: Record<string, unknown> } | undefined;
}

/** The message for a statement whose text did not render, in the validator's words: where, what, what to do. */
export function unrenderedMessage(file: string, reason: string): string {
  return (
    `${file}\n  The text of this statement could not be rendered (${reason}), so its page would be published empty.\n` +
    '  Run npm run validate and fix what it reports for this file. If it reports nothing, delete ' +
    'node_modules/.astro/data-store.json and build again: the log then names the failure (a rebuild that reuses the cache does not).'
  );
}

/** A content problem, not a bug: Astro prints an error without a stack as its message alone. */
export class UnrenderedStatementError extends Error {
  override name = 'UnrenderedStatementError';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}

/** The statement with its derived record, or the reason it cannot be published. */
export function statementRecord(entry: StatementEntry): StatementRecord {
  const file = entry.filePath ?? `${entry.id}.md`;
  if (!entry.rendered?.html.trim()) throw new UnrenderedStatementError(unrenderedMessage(file, 'it has no rendered HTML'));
  // Parsed, not cast: a record that does not match its schema is as unpublishable as a missing one.
  const parsed = metadataSchema.safeParse(entry.rendered.metadata);
  if (!parsed.success) {
    throw new UnrenderedStatementError(unrenderedMessage(file, 'the Markdown stage left no complete record of its passages and notes'));
  }
  return { id: entry.id, data: entry.data, ...parsed.data.frontmatter[derivedKey] };
}
