// Reads content/about.yaml for the About page and the footer; a fault is reported to the editor as
// file, field, what is wrong and what to do, never as a stack trace of the build.
import { contentDir } from './collections.ts';
import { readSiteFile } from './site-files.ts';
import type { About } from './schemas/about.ts';

export function readAbout(root = contentDir): About {
  return readSiteFile('about', root);
}
