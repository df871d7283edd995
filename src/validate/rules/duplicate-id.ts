// Two files in one collection that give the same id (x.yaml and x.yml, X.md and x.md, or a name with a
// no-break space): the site would keep one of them and lose the other without a word. Ids are Astro's.
import { entryId as siteId } from '../../content/files.ts';
import type { Rule } from '../context.ts';
import type { Problem } from '../problem.ts';

const rule: Rule = {
  code: 'duplicate-id',
  description: 'Two files in the same collection give the same id.',
  fix: 'Keep one file per id: merge the two files, or rename the one that holds a different record.',
  check(context) {
    const problems: Problem[] = [];
    // Files with the right extension and an id-shaped name come first, so the problem lands on the odd one out.
    const records = context.records.map((r) => ({ collection: r.collection, id: r.id, file: r.file }));
    const files = [
      ...records.filter((r) => r.id === siteId(r.id)),
      ...records.filter((r) => r.id !== siteId(r.id)),
      ...context.strays,
    ];
    const first = new Map<string, { file: string; id: string }>();
    for (const entry of files) {
      // A name that gives no id at all is reported once, as empty-id, when the file is read.
      if (siteId(entry.id) === '') continue;
      const key = `${entry.collection}/${siteId(entry.id)}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, entry);
        continue;
      }
      problems.push({
        file: entry.file,
        code: 'duplicate-id',
        message: `This file gives the id "${siteId(entry.id)}", which ${earlier.file} already gives; the site would keep only one of them.`,
        fix: 'Keep one file per id: merge the two files, or rename this one if it holds a different record.',
      });
    }
    return problems;
  },
};

export default rule;
