// Raw HTML would reach the page, so anything beyond <sup>, <sub> and <br> could run code, load other
// sites or break it; the pipeline's sanitizer (src/markdown/sanitize.ts) drops what this rule reports.
// Link addresses are allow-listed the same way: https:, http:, mailto: or an in-page #.
import type { Html } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Rule } from '../context.ts';
import { bodyPosition, positionInSource } from '../markdown.ts';
import type { Problem } from '../problem.ts';
import { allowedSchemes, schemeOf } from '../../lib/link-schemes.ts';

const allowed = /^(?:<\/?(?:sup|sub)>|<br\s*\/?>)$/i;
// Only to explain why a tag is refused; what may pass is `allowed` above.
const dangerous = /^<\/?(?:script|iframe|frame|style|object|embed|form|input|link|meta|base|svg|math)\b/i;
const allowedFix = 'Only <sup>, <sub> and <br>, without attributes, may be written as HTML; write everything else in Markdown (a link is [words](https://…)).';

function why(tag: string): string {
  if (tag.startsWith('<!--')) return 'an HTML comment is copied into the published page';
  if (dangerous.test(tag)) return 'this element can run code or load another site inside the page';
  if (/\son[a-z]+\s*=/i.test(tag)) return 'its on… attribute runs code when the reader clicks or the page loads';
  if (/^<\/?(?:sup|sub|br)\b/i.test(tag)) return 'HTML attributes are not allowed';
  return 'this HTML element is not allowed in the text';
}

const short = (tag: string) => (tag.length > 60 ? `${tag.slice(0, 57)}…` : tag);

const rule: Rule = {
  code: 'unsafe-html',
  description: 'The text contains HTML other than <sup>, <sub> and <br>, a picture, or a link address other than https:, http:, mailto: or an in-page #.',
  fix: 'Write the text in Markdown; only <sup>, <sub> and <br> may be HTML, and links start with https://.',
  check(context) {
    const problems: Problem[] = [];
    for (const record of context.of('statements')) {
      const text = context.text(record);
      if (!text) continue;
      const reported = new Set<string>();
      visit(text.tree, (node) => {
        if (node.type === 'html') {
          const tag = firstDisallowed(node);
          if (!tag) return;
          // The closing tag of an element already reported adds nothing.
          const name = /^<(\/?)([a-z0-9-]+)/i.exec(tag.text);
          if (name?.[1] === '/' && reported.has(name[2]!.toLowerCase())) return;
          if (name) reported.add(name[2]!.toLowerCase());
          const start = node.position?.start;
          problems.push(
            context.inText(
              record,
              start ? positionInSource(record, start, node.value, tag.index) : {},
              'unsafe-html',
              `The text contains the HTML ${short(tag.text)}: ${why(tag.text)}.`,
              tag.text.startsWith('<!--')
                ? "Delete the comment: a remark for readers goes in editorNotes, a working note outside content/."
                : allowedFix,
            ),
          );
        }
        if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
          const message = addressProblem(node.type, node.url);
          if (!message) return;
          problems.push(
            context.inText(
              record,
              bodyPosition(record, node),
              'unsafe-html',
              message,
              node.type === 'image'
                ? 'Delete the picture: only text is published. Describe it in words, or link to it as [words](https://…).'
                : 'Use an address starting with https://, or write [words](#) if the source linked these words but the target was lost.',
            ),
          );
        }
      });
    }
    return problems;
  },
};

/**
 * What is wrong with a link, picture or link definition's address, or undefined when it may be
 * published: https:, http:, mailto: or an in-page #anchor, nothing else (an allow-list).
 */
export function addressProblem(type: 'link' | 'image' | 'definition', url: string): string | undefined {
  if (type === 'image') return 'The text contains a picture, which the site does not publish: a statement is published as text only.';
  if (url.trim().startsWith('#')) return undefined;
  const scheme = schemeOf(url);
  if (scheme && (allowedSchemes as readonly string[]).includes(scheme)) return undefined;
  const published = `only ${allowedSchemes.map((s) => `${s}:`).join(', ')} and in-page # addresses are published`;
  return scheme
    ? `A link address starts with "${scheme}:", which is not allowed: ${published}.`
    : `The link address "${short(url)}" is not a full address: ${published}.`;
}

function firstDisallowed(node: Html): { text: string; index: number } | undefined {
  for (const match of node.value.matchAll(/<!--[\s\S]*?(?:-->|$)|<[^>]*>?/g)) {
    if (!allowed.test(match[0])) return { text: match[0], index: match.index };
  }
  return undefined;
}

export default rule;
