// provenance.source names the transcription a statement's text was checked against; it must exist
// (read as src/content/collections.ts's sourceFile reads it, from the content folder being checked).
import fs from 'node:fs';
import path from 'node:path';
import type { Rule } from '../context.ts';
import { fieldOf } from '../references.ts';
import { closest } from '../suggest.ts';
import { sourceFile } from '../../content/collections.ts';

const rule: Rule = {
  code: 'provenance-source-missing',
  description: 'provenance.source names a source transcription file that does not exist.',
  fix: 'Write the path of a file in content/sources/, or add the transcription there.',
  check(context) {
    const sourcesDir = path.join(context.root, 'sources');
    const available = fs.existsSync(sourcesDir) ? fs.readdirSync(sourcesDir).filter((n) => !n.startsWith('.')) : [];
    return context.of('statements').flatMap((record) => {
      const source = fieldOf(fieldOf(record.data, 'provenance'), 'source');
      if (typeof source !== 'string' || source.trim() === '') return [];
      const file = sourceFile(source.trim(), context.root);
      if (fs.existsSync(file) && fs.statSync(file).isFile()) return [];
      const match = closest(path.basename(source), available);
      return [
        context.atField(
          record,
          ['provenance', 'source'],
          'provenance-source-missing',
          `The source transcription "${source}" does not exist.`,
          `${match ? `Did you mean "content/sources/${match}"? ` : ''}Source transcriptions live in content/sources/; write the path from the repository root, like content/sources/000_51ab636edee0af5f.txt.`,
        ),
      ];
    });
  },
};

export default rule;
