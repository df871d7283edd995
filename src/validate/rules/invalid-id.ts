// Records are referenced and published by their file name, so the name must be a usable id: a
// reference to "WOLA Org" could never match the schema's id pattern, and con.md or index.md cannot
// exist on Windows or as a page of its own.
import { slugPattern } from '../../content/schemas/index.ts';
import type { Rule } from '../context.ts';
import { freeId, reservedId, slugify } from '../../lib/slugs.ts';

const nouns: Record<string, string> = { statements: 'statement', organizations: 'organization', policies: 'policy', citations: 'citation' };
const extension = (collection: string) => (collection === 'statements' ? '.md' : '.yaml');

const rule: Rule = {
  code: 'invalid-id',
  description: 'A file name cannot be its record\'s id: an organization, policy or citation name with other than lower-case letters, digits and hyphens, or any record named like a Windows device (con, nul, com1 …) or a list page (index).',
  fix: 'Rename the file to lower-case letters, digits and single hyphens, like latin-america-working-group.yaml, avoiding the reserved names.',
  check(context) {
    return context.records.flatMap((record) => {
      const reserved = reservedId(record.id);
      const noun = nouns[record.collection] ?? 'record';
      if (reserved) {
        const base = slugify(record.id, Infinity) || noun;
        return [{
          file: record.file,
          code: 'invalid-id',
          message: `The file name "${record.id}" cannot be used as an id: ${reserved}.`,
          fix: `Rename the file to another name, like ${freeId(base, noun)}${extension(record.collection)}.`,
        }];
      }
      if (record.collection === 'statements' || slugPattern.test(record.id)) return [];
      return [{
        file: record.file,
        code: 'invalid-id',
        message: `The file name "${record.id}" cannot be used as an id, and other files refer to this record by its id.`,
        fix: `Rename the file to ${freeId(slugify(record.id, Infinity) || 'a name', noun)}.yaml: lower-case letters, digits and single hyphens only.`,
      }];
    });
  },
};

export default rule;
