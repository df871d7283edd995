// What `astro dev` sends to the browser's error overlay: the validator's report, word for word.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isContentFile, overlayPayload } from '../../../src/validate/dev-overlay.ts';
import { formatText } from '../../../src/validate/format.ts';
import { validateContent } from '../../../src/validate/index.ts';
import { fixture } from './helpers.ts';

describe('the dev error overlay', () => {
  test('carries the same text as the terminal report, without colour codes', async () => {
    const report = await validateContent(fixture('several-faults'));
    const payload = overlayPayload(report)!;
    expect(payload.type).toBe('error');
    expect(payload.err.message).toBe(formatText(report, { color: false }));
    expect(payload.err.message).not.toContain('\u001b[');
    expect(payload.err.title).toBe('Content problems');
    expect(payload.err.hint).toBe('Fix these files and save: the page updates by itself. `npm run validate` prints the same list; content/README.md explains each code.');
    expect(payload.err.stack).toBe('');
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
