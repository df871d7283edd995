// The site's own files beside the collections (content/about.yaml for the About page and the footer,
// content/terms.yaml for the names of kinds, types, countries and languages) are checked like records:
// a missing file, a broken line or a wrong field is reported at its line, not found by a failed build.
// This rule reads them itself (through the content reader), as they are not records of a collection.
import fs from 'node:fs';
import { displayPath } from '../../lib/display-path.ts';
import { readYamlFile, type ReadFault } from '../../content/reader.ts';
import { siteFileNames, siteFilePath, siteFiles, type SiteFileName } from '../../content/site-files.ts';
import type { Rule } from '../context.ts';
import { faultProblem } from '../load.ts';
import type { Problem } from '../problem.ts';
import { checkFields, type CheckedFile } from '../schema-check.ts';

export interface SiteRecord extends CheckedFile {
  name: SiteFileName;
  fault?: ReadFault;
}

/** A site file as the checks see it, or undefined when it does not exist. */
export function readSiteRecord(name: SiteFileName, root: string): SiteRecord | { name: SiteFileName; file: string; missing: true } {
  const file = displayPath(siteFilePath(name, root));
  const read = readYamlFile(siteFilePath(name, root));
  if (read.fault?.kind === 'unreadable' && read.fault.reason === 'the file is missing') return { name, file, missing: true };
  return { name, file, yamlLine: 0, ...read };
}

const rule: Rule = {
  code: 'site-file-missing',
  description: 'content/about.yaml (the About page and the footer) or content/terms.yaml (the names of kinds, types, countries and languages) is missing.',
  fix: 'Write the file (see "The About page and the footer" or "Names of kinds, types, countries and languages" in this guide); the repository\'s own content/ has a complete one to copy.',
  check(context) {
    // A missing content folder is one problem of its own (content-folder-missing).
    if (!fs.existsSync(context.root)) return [];
    return siteFileNames.flatMap((name): Problem[] => {
      const spec = siteFiles[name];
      const record = readSiteRecord(name, context.root);
      if ('missing' in record) {
        return [{ file: record.file, code: 'site-file-missing', message: `The file is missing: the site reads ${spec.purpose} from it.`, fix: `Write it with ${spec.fields} (see "${spec.guide}" in content/README.md).` }];
      }
      const fault = record.fault ? [{ file: record.file, ...faultProblem(record.fault, record) }] : [];
      return [...fault, ...checkFields(record, spec.schema, `the site's ${spec.file}`)];
    });
  },
};

export default rule;
