// npm run bench:markdown [-- --notes 1000,2000,5000]
// Renders statements with one paragraph of N notes through the project's Markdown stage, set up as
// Astro sets it up (@astrojs/markdown-remark), and prints the time of the whole render and of each
// of the project's plugins. Every step should grow linearly with N. Figures only: nothing asserts.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from '../../src/markdown/pipeline.ts';
import { manyNotes } from './many-notes.ts';

type Attacher = (...args: unknown[]) => unknown;

const arg = process.argv.indexOf('--notes');
const sizes = (arg > 0 ? process.argv[arg + 1]! : '1000,2000,5000').split(',').map(Number).filter((n) => n > 0);

/** The plugin, with the time its transform takes added to totals under its name. */
function timed(plugin: Attacher, totals: Map<string, number>): Attacher {
  const name = plugin.name || 'anonymous';
  return function (this: unknown, ...args: unknown[]) {
    const transform = plugin.apply(this, args);
    if (typeof transform !== 'function') return transform;
    return async (...targs: unknown[]) => {
      const start = performance.now();
      const result = await (transform as (...a: unknown[]) => unknown)(...targs);
      totals.set(name, (totals.get(name) ?? 0) + performance.now() - start);
      return result;
    };
  };
}

const rows: string[] = ['| notes | render (s) | ms per note | ' + ['remarkNoteNumbers', ...rehypePlugins.map((p) => p.name)].join(' | ') + ' |'];
rows.push(`|${' --- |'.repeat(3 + 1 + rehypePlugins.length)}`);
for (const count of sizes) {
  const totals = new Map<string, number>();
  const processor = await createMarkdownProcessor({
    remarkPlugins: remarkPlugins.map((p) => timed(p as Attacher, totals)) as never,
    rehypePlugins: rehypePlugins.map((p) => timed(p as Attacher, totals)) as never,
    remarkRehype: remarkRehypeOptions,
    smartypants: false,
    syntaxHighlight: false,
  });
  const { markdown, frontmatter } = manyNotes(count);
  const start = performance.now();
  await processor.render(markdown, { frontmatter: structuredClone(frontmatter) });
  const seconds = (performance.now() - start) / 1000;
  const plugins = ['remarkNoteNumbers', ...rehypePlugins.map((p) => p.name)].map((name) => `${((totals.get(name) ?? 0) / 1000).toFixed(2)} s`);
  rows.push(`| ${count.toLocaleString('en')} | ${seconds.toFixed(2)} | ${((seconds * 1000) / count).toFixed(2)} | ${plugins.join(' | ')} |`);
  console.error(`rendered ${count} notes in ${seconds.toFixed(2)} s`);
}
console.log(rows.join('\n'));
