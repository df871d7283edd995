// Builds that reuse Astro's content cache, in an isolated copy of the project (bench-out/): a changed
// citation title shows on the next build although the statement's cached Markdown did not change,
// and a statement whose Markdown fails to render stops the build, cold or warm, even with the
// validator out of the way (Astro itself only logs the failure and would publish the page empty).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareWorkspace } from '../../scripts/bench/build.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const base = path.join(repo, 'bench-out', 'markdown-rebuild');
const workspace = path.join(base, 'site');
const content = path.join(base, 'content');
const outDir = path.join(base, 'dist');
const statement = path.join(content, 'statements', '2019-guatemala-border-externalization.md');
const citation = path.join(content, 'citations', 'la-jornada-2019-06-03-tropas-de-eu-en-guatemala.yaml');
const page = path.join(outDir, 'statements', '2019-guatemala-border-externalization', 'index.html');
// Builds run one after another on a shared machine; the limit is generous on purpose, not a speed check.
const minutes = 10 * 60_000;

function build(): { ok: boolean; log: string } {
  const env = { ...process.env, PATH: `${path.join(repo, 'node_modules/.bin')}:${process.env['PATH']}`, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  const result = spawnSync(path.join(repo, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], { cwd: workspace, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { ok: result.status === 0, log: `${result.stdout}${result.stderr}` };
}

const edit = (file: string, from: string, to: string) => {
  const text = fs.readFileSync(file, 'utf8');
  expect(text, `${path.basename(file)} holds the words to change`).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
};

beforeAll(() => {
  prepareWorkspace(workspace);
  fs.rmSync(content, { recursive: true, force: true });
  fs.cpSync(path.join(repo, 'content'), content, { recursive: true });
});

describe('builds that reuse the content cache', () => {
  it('a cited work\'s new title shows in the notes citing it without clearing the cache', () => {
    const first = build();
    expect(first.ok, first.log).toBe(true);
    expect(fs.readFileSync(page, 'utf8').includes('lang="es">Tropas de EU ya están en Guatemala para contener migración en frontera con México</a>'), 'the title is linked').toBe(true);

    edit(citation, 'title: Tropas de EU ya están en Guatemala', 'title: Tropas estadounidenses ya están en Guatemala');
    const second = build();
    expect(second.ok, second.log).toBe(true);
    const html = fs.readFileSync(page, 'utf8');
    // (The note's own words still print the old title: they are the source's, not the record's.)
    expect(html.includes('lang="es">Tropas estadounidenses ya están en Guatemala para contener migración en frontera con México</a>'), 'the new title is linked').toBe(true);
    expect(html.includes('lang="es">Tropas de EU ya están'), 'the old title is no longer linked').toBe(false);
  }, minutes);

  it('a statement whose Markdown fails to render stops the build with a message, cold and warm', () => {
    // The validator would stop the build first (editor-note-quote); without it, the build itself must stop.
    edit(path.join(workspace, 'astro.config.ts'), 'integrations: [contentValidation({ trees: projectMarkdownTrees }), ', 'integrations: [');
    edit(statement, 'editorNotes:\n', 'editorNotes:\n  - id: overlap-a\n    quote: deep concern regarding the memorandum\n    text: A.\n  - id: overlap-b\n    quote: the memorandum of cooperation signed\n    text: B.\n');

    const first = build();
    expect(first.ok).toBe(false);
    // What Astro does by itself: it logs the plugin's error during content sync and carries on.
    expect(first.log).toMatch(/\[glob-loader\] Error rendering 2019-guatemala-border-externalization\.md: .*\n.*quote overlapping words/);
    expect(first.log).toContain('"overlap-a" and "overlap-b" quote overlapping words');
    // The next build reuses the cache: Astro neither renders the statement again nor logs anything about it.
    const again = build();
    expect(again.ok).toBe(false);
    for (const { log } of [first, again]) {
      const ours = log.slice(log.indexOf('2019-guatemala-border-externalization.md\n  The text'));
      expect(ours).toContain('2019-guatemala-border-externalization.md\n  The text of this statement could not be rendered (it has no rendered HTML), so its page would be published empty.');
      expect(ours).toContain('Run npm run validate');
      expect(ours).toContain('The build stopped: this statement would be published without text.');
      expect(ours).not.toMatch(/Stack trace|\n\s+at /);
    }
  }, minutes);
});
