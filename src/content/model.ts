// Plain data types of the whole collection, as pages and indexes use it (after validation).
import type { Citation, Organization, Policy, Statement } from './schemas/index.ts';
import type { DerivedText, NoteReference, NoteText, Passage } from './derived.ts';

/** A statement with what the Markdown stage derived from its text (src/content/derived.ts). */
export interface StatementRecord extends DerivedText {
  id: string;
  data: Statement;
}

export interface Collection {
  statements: StatementRecord[];
  organizations: Map<string, Organization>;
  policies: Map<string, Policy>;
  citations: Map<string, Citation>;
}

export type { Citation, Organization, Policy, Statement, Passage, NoteReference, NoteText };
