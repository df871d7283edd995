// Organizations, policies and citations are referenced by their file name, so the name must be a
// valid id: a reference to "WOLA Org" could never match the schema's id pattern.
import { slugPattern } from '../../content/schemas/index.ts';
import type { Rule } from '../context.ts';
import { slugify } from '../../lib/slugs.ts';


const rule: Rule = {
  code: 'invalid-id',
  description: 'The file name of an organization, policy or citation is not a valid id.',
  fix: 'Rename the file to lower-case letters, digits and single hyphens, like latin-america-working-group.yaml.',
  check(context) {
    return context.records
      .filter((record) => record.collection !== 'statements' && !slugPattern.test(record.id))
      .map((record) => ({
        file: record.file,
        code: 'invalid-id',
        message: `The file name "${record.id}" cannot be used as an id, and other files refer to this record by its id.`,
        fix: `Rename the file to ${slugify(record.id, Infinity) || 'a name'}.yaml: lower-case letters, digits and single hyphens only.`,
      }));
  },
};

export default rule;
