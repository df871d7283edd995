// The site's own content files beside the collections: content/about.yaml (the About page and the
// footer) and content/terms.yaml (the names of kinds, types, countries and languages). One list, so
// the validator checks exactly the files pages read, and pages read them through one function.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { contentDir } from './collections.ts';
import { readYamlFile } from './reader.ts';
import { aboutSchema } from './schemas/about.ts';
import { termsSchema } from './schemas/terms.ts';

export const siteFiles = {
  about: {
    file: 'about.yaml',
    schema: aboutSchema,
    /** What the file is for, as the validator and the guide say it. */
    purpose: 'the About page and the footer',
    /** The section of content/README.md that explains it. */
    guide: 'The About page and the footer',
    fields: 'the fields publisher, contact.email, corrections, reuse.texts and reuse.data',
  },
  terms: {
    file: 'terms.yaml',
    schema: termsSchema,
    purpose: 'the names of kinds, types, countries and languages',
    guide: 'Names of kinds, types, countries and languages',
    fields: 'statementKinds, organizationTypes, policyKinds, citationKinds, countries and languages, each code with its en: and es: names',
  },
} as const;

export type SiteFileName = keyof typeof siteFiles;
export const siteFileNames = Object.keys(siteFiles) as SiteFileName[];

export function siteFilePath(name: SiteFileName, root = contentDir): string {
  return path.join(root, siteFiles[name].file);
}

/**
 * A site file's checked fields. A fault is one message naming the file, what is wrong and what to do,
 * never a stack trace; `npm run validate` (and so the build) reports it first, line by line.
 */
export function readSiteFile<N extends SiteFileName>(name: N, root = contentDir): z.output<(typeof siteFiles)[N]['schema']> {
  const spec = siteFiles[name];
  const file = siteFilePath(name, root);
  const shown = path.relative(process.cwd(), file);
  if (!fs.existsSync(file)) throw new Error(`${shown}: the file is missing. Write it with ${spec.fields} (see "${spec.guide}" in content/README.md).`);
  // Read with the content reader, so an alias bomb or a syntax error is a message, not a crash.
  const read = readYamlFile(file);
  if (read.fault) throw new Error(`${shown}: the fields cannot be read (${read.fault.kind}). Check the punctuation and indentation, and put unusual values in double quotes.`);
  const result = spec.schema.safeParse(read.data);
  if (result.success) return result.data as z.output<(typeof siteFiles)[N]['schema']>;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(the file)'}: ${i.message}`);
  throw new Error(`${shown}: ${problems.join('; ')}. Fix these fields (npm run validate says where).`);
}
