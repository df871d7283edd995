// Renders Markdown through the project's pipeline the way Astro does, for plugin tests: the HTML
// and the derived record, read back through its schema as the collection reads it.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from '../../src/markdown/pipeline.ts';
import type { PluginFrontmatter } from '../../src/markdown/frontmatter.ts';
import { derivedKey, derivedTextSchema } from '../../src/content/derived.ts';
import { withInterfaceWords } from '../../src/markdown/interface-words.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkPlugins)
  .use(remarkRehype, { ...remarkRehypeOptions, allowDangerousHtml: true })
  .use(rehypePlugins)
  .use(rehypeRaw)
  .use(rehypeStringify, { allowDangerousHtml: true });

/**
 * The stage's HTML as an English page shows it (its interface words filled in, src/markdown/interface-words.ts);
 * `raw` keeps the tokens, as Astro stores the rendered text.
 */
export async function renderMarkdown(markdown: string, frontmatter: PluginFrontmatter = {}, options: { raw?: boolean } = {}) {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: { ...frontmatter } } } });
  const result = await processor.process(file);
  const after = (result.data as { astro: { frontmatter: PluginFrontmatter } }).astro.frontmatter;
  const html = options.raw ? String(result) : withInterfaceWords(String(result), 'en');
  return { html, derived: derivedTextSchema.parse(after[derivedKey]) };
}
