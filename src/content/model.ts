// Plain data types of the whole collection, as pages and indexes use it (after validation).
import type { Citation, Organization, Policy, Statement } from './schemas/index.ts';
import type { NoteReference, NoteText, Passage } from '../markdown/passages.ts';

export interface StatementRecord {
  id: string;
  data: Statement;
  /** Recorded while rendering the Markdown (src/markdown/passages.ts). */
  passages: Passage[];
  noteReferences: NoteReference[];
  noteTexts: NoteText[];
  lostLinks: number;
}

export interface Collection {
  statements: StatementRecord[];
  organizations: Map<string, Organization>;
  policies: Map<string, Policy>;
  citations: Map<string, Citation>;
}

export type { Citation, Organization, Policy, Statement, Passage, NoteReference, NoteText };
