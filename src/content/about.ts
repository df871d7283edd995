// Reads content/about.yaml for the About page and the footer; a fault is reported to the editor as
// file, field, what is wrong and what to do, never as a stack trace of the build.
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from './collections.ts';
import { readYamlFile } from './reader.ts';
import { aboutSchema, type About } from './schemas/about.ts';

export function readAbout(root = contentDir): About {
  const file = path.join(root, 'about.yaml');
  const shown = path.relative(process.cwd(), file);
  if (!fs.existsSync(file)) throw new Error(`${shown}: the file is missing. Write it with the fields publisher, contact.email, corrections, reuse.texts and reuse.data (see "The About page and the footer" in content/README.md).`);
  // Read with the content reader, so an alias bomb or a syntax error is a message, not a crash.
  const read = readYamlFile(file);
  if (read.fault) throw new Error(`${shown}: the fields cannot be read (${read.fault.kind}). Check the punctuation and indentation, and put unusual values in double quotes.`);
  const result = aboutSchema.safeParse(read.data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(the file)'}: ${i.message}`);
  throw new Error(`${shown}: ${problems.join('; ')}. Fix these fields; every field but contact.note is needed.`);
}
