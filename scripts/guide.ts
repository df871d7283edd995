// Writes the generated sections of the editors' guide (content/README.md): the field reference from
// the schemas and the problem codes from the validator. --check only says whether they are current.
import fs from 'node:fs';
import { updateGuide } from '../src/tools/new/guide.ts';

const file = 'content/README.md';
const current = fs.readFileSync(file, 'utf8');
const updated = updateGuide(current);
if (process.argv.includes('--check')) {
  if (updated !== current) {
    console.error(`${file} is out of date: run node scripts/guide.ts and commit the result.`);
    process.exitCode = 1;
  } else console.log(`${file} is up to date.`);
} else if (updated !== current) {
  fs.writeFileSync(file, updated);
  console.log(`Updated ${file}.`);
} else console.log(`${file} was already up to date.`);
