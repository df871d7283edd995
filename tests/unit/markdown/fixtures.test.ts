// Every folder under tests/fixtures/markdown/ is one case of the Markdown stage, named after what it
// shows: input.md (front matter, as a statement's, then the text) goes through the real pipeline
// (src/markdown/pipeline.ts) and must give output.html and the derived record in output.json, or,
// for a text the stage must refuse, the message in error.txt. Adding a case means adding a folder;
// UPDATE=1 npx vitest run --project unit tests/unit/markdown/fixtures.test.ts writes the outputs,
// to be read before they are committed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { renderMarkdown } from '../../support/render-markdown.ts';
import type { PluginFrontmatter } from '../../../src/markdown/frontmatter.ts';

const root = path.resolve('tests/fixtures/markdown');
const cases = fs.readdirSync(root).filter((name) => fs.statSync(path.join(root, name)).isDirectory()).sort();
const update = Boolean(process.env['UPDATE']);

function readInput(dir: string): { markdown: string; frontmatter: PluginFrontmatter } {
  const source = fs.readFileSync(path.join(dir, 'input.md'), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) return { markdown: source, frontmatter: {} };
  return { markdown: source.slice(match[0].length), frontmatter: (parse(match[1]!) ?? {}) as PluginFrontmatter };
}

/** Compares with the file, or writes it under UPDATE=1. */
function expectFile(file: string, actual: string) {
  if (update) fs.writeFileSync(file, actual);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

describe('each Markdown fixture renders to its output.html and output.json', () => {
  test('there are fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of cases) {
    test(name.replaceAll('-', ' '), async () => {
      const dir = path.join(root, name);
      const { markdown, frontmatter } = readInput(dir);
      const rendered = renderMarkdown(markdown, frontmatter);
      if (fs.existsSync(path.join(dir, 'error.txt'))) {
        const error = await rendered.then(() => undefined, (e: unknown) => e);
        expect(error, 'the stage must refuse this text').toBeInstanceOf(Error);
        expectFile(path.join(dir, 'error.txt'), `${(error as Error).message}\n`);
        return;
      }
      const { html, derived } = await rendered;
      expectFile(path.join(dir, 'output.html'), `${html}\n`);
      expectFile(path.join(dir, 'output.json'), `${JSON.stringify(derived, null, 2)}\n`);
    });
  }
});
