// What `astro dev` shows in the browser when content is wrong: the validator's own report, word for
// word, in Vite's error overlay. Kept apart from the integration so it can be tested without a server.
// Astro's overlay inserts the message and hint as HTML, and the report quotes the content (an <img
// onerror=…> it refuses), so both are escaped here: the editor sees the tag, the browser runs nothing.
import path from 'node:path';
import type { ErrorPayload } from 'vite';
import { formatText } from './format.ts';
import type { Report } from './index.ts';

/** The overlay message for a report, or undefined when there is nothing to show. */
export function overlayPayload(report: Report): ErrorPayload | undefined {
  if (report.problems.length === 0) return undefined;
  const files = new Set(report.problems.map((p) => p.file)).size;
  return {
    type: 'error',
    err: {
      name: 'Content check',
      title: 'Content problems',
      message: escapeHtml(formatText(report, { color: false })),
      hint: escapeHtml(`Fix ${files === 1 ? 'this file' : 'these files'} and save: the page updates by itself. \`npm run validate\` prints the same list; content/README.md explains each code.`),
      stack: '',
      plugin: 'content-validation',
    },
  };
}

/** Text as HTML that shows exactly that text; quotes too, as the overlay puts https:// words in href="…". */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** True for a file whose change can change the report: anything in the content folder. */
export function isContentFile(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
