// Every cross-file and text rule, in the order they are documented in the editors' guide.
// Schema faults (missing fields, wrong values) come from schema-check.ts, not from here.
import type { Rule } from '../context.ts';
import unknownOrganization from './unknown-organization.ts';
import unknownPolicy from './unknown-policy.ts';
import unknownCitation from './unknown-citation.ts';
import footnoteUndefined from './footnote-undefined.ts';
import footnoteUnused from './footnote-unused.ts';
import footnoteUnmapped from './footnote-unmapped.ts';
import noteMappingUnknown from './note-mapping-unknown.ts';
import footnoteOrder from './footnote-order.ts';
import footnoteLabel from './footnote-label.ts';
import footnoteUrlUncited from './footnote-url-uncited.ts';
import duplicateId from './duplicate-id.ts';
import invalidId from './invalid-id.ts';
import duplicateName from './duplicate-name.ts';
import mixedScript from './mixed-script.ts';
import unsafeCharacter from './unsafe-character.ts';
import textTooLong from './text-too-long.ts';
import unsafeHtml from './unsafe-html.ts';
import editorNoteQuote from './editor-note-quote.ts';
import duplicateEditorNoteId from './duplicate-editor-note-id.ts';
import provenanceSourceMissing from './provenance-source-missing.ts';
import signatoryDuplicate from './signatory-duplicate.ts';
import selfAffiliation from './self-affiliation.ts';
import selfRelated from './self-related.ts';
import unansweredQuestion from './unanswered-question.ts';
import emptyText from './empty-text.ts';
import siteFile from './site-file.ts';
import missingTranslation from './missing-translation.ts';

export const rules: Rule[] = [
  unknownOrganization,
  unknownPolicy,
  unknownCitation,
  footnoteUndefined,
  footnoteUnused,
  footnoteUnmapped,
  noteMappingUnknown,
  footnoteOrder,
  footnoteLabel,
  footnoteUrlUncited,
  duplicateId,
  invalidId,
  duplicateName,
  mixedScript,
  unsafeCharacter,
  textTooLong,
  unsafeHtml,
  editorNoteQuote,
  duplicateEditorNoteId,
  provenanceSourceMissing,
  signatoryDuplicate,
  selfAffiliation,
  selfRelated,
  unansweredQuestion,
  emptyText,
  siteFile,
  missingTranslation,
];
