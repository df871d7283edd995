// What the import could not decide. Each question is printed at the end of the run and written into
// the draft: as a YAML comment at the field it concerns and, when the draft would otherwise pass,
// in the statement's `questions:` list, which the validator reports until an editor deletes it.

export interface Question {
  text: string;
  /** The front-matter field the question is about, e.g. ['kind'] or ['signatories', 0]. */
  field?: (string | number)[];
  /**
   * True when the draft already fails validation until this is answered (an empty required field,
   * a note without its marker); such a question is only a comment, not also a `questions:` entry.
   */
  blocking?: boolean;
}

export const ask = (text: string, field?: Question['field'], blocking = false): Question => ({
  text,
  ...(field ? { field } : {}),
  ...(blocking ? { blocking } : {}),
});
