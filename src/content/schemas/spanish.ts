// The `es:` block a record may carry: Spanish versions of the texts editors write about it (never of a
// statement's own words). Every field is optional: a text without its Spanish is a warning of the
// validator (missing-translation), and the Spanish pages show the English, marked as English.
import { z } from 'zod';

/** The Spanish block of a record, with one optional field per translatable text. */
export function spanishVersions<Shape extends z.core.$ZodLooseShape>(shape: Shape, what: string) {
  return z
    .strictObject(shape)
    .describe(`Spanish versions of ${what}, for the Spanish pages; each is optional, and a missing one is a warning, not an error.`)
    .optional();
}
