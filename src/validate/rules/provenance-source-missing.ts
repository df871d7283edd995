// provenance.source names the transcription a statement's text was checked against; it must exist.
// The path is relative to the repository root ("content/sources/…"); its content/ part is read as
// the content folder being checked, so a fixture or CONTENT_DIR folder carries its own sources/.
import fs from 'node:fs';
import path from 'node:path';
import type { Rule } from '../context.ts';
import { fieldOf } from '../references.ts';
import { closest } from '../suggest.ts';

function resolveSource(source: string, root: string): string {
  return source.startsWith('content/') ? path.join(root, source.slice('content/'.length)) : path.resolve(source);
}

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
      const file = resolveSource(source.trim(), context.root);
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
