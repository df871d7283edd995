// A Word (.docx) statement read from the document's own structure (mammoth turns it into HTML) and
// written as the text the import reads: real notes as <sup>n</sup> markers with the note right after
// its paragraph, hyperlinks as [words](address), bold and italics, headings, lists and tables kept.
import mammoth from 'mammoth';
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root } from 'hast';

/** Inline Markdown of an element's children: text escaped, emphasis, links and note markers. */
function inline(nodes: ElementContent[]): string {
  return nodes.map(inlineOf).join('');
}

/** Emphasis markers hug their words: "**bold **word" would not be bold in Markdown. */
function wrap(marker: string, text: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${marker}${m[2]}${marker}${m[3]}` : text;
}

const noteLink = /^#(?:footnote|endnote)-\d+$/;
const backLink = /^#(?:footnote|endnote)-ref-\d+$/;

function inlineOf(node: ElementContent): string {
  if (node.type === 'text') return node.value.replace(/\*/g, '\\*').replace(/\u00a0/g, ' ');
  if (node.type !== 'element') return '';
  const children = node.children;
  switch (node.tagName) {
    case 'strong':
      return wrap('**', inline(children));
    case 'em':
      return wrap('*', inline(children));
    case 'br':
      return '\n';
    case 'img':
      return '';
    case 'sup': {
      const link = children.find((c): c is Element => c.type === 'element' && c.tagName === 'a');
      const href = String(link?.properties['href'] ?? '');
      // A note reference: mammoth numbers notes 1, 2, 3 … in the order the text refers to them.
      if (link && noteLink.test(href)) return `<sup>${plainText(link).replace(/[[\]]/g, '')}</sup>`;
      return `<sup>${inline(children)}</sup>`;
    }
    case 'sub':
      return `<sub>${inline(children)}</sub>`;
    case 'a': {
      const href = node.properties['href'];
      if (typeof href !== 'string' || backLink.test(href)) return backLink.test(String(href)) ? '' : inline(children);
      const words = inline(children);
      if (words.trim() === '') return '';
      // The address printed as the link's words is an autolink; a link to nowhere is a lost link.
      if (words.trim() === href || words.trim() === href.replace(/^https?:\/\//, '')) return `<${href}>`;
      if (href.startsWith('#') && href !== '#') return words;
      return `[${words}](${href})`;
    }
    default:
      return inline(children);
  }
}

const plainText = (node: Element): string =>
  node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? plainText(c) : '')).join('');

const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'li']);
const elements = (nodes: (ElementContent | Root['children'][number])[]): Element[] => nodes.filter((n): n is Element => n.type === 'element');

/** The blocks of the text: one per paragraph, a list as one block of items, a table column by column. */
function blocksOf(node: Element, notes: Map<string, string>): string[] {
  const text = () => inline(node.children).trim();
  switch (node.tagName) {
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      return text() ? [`${'#'.repeat(Math.max(2, Number(node.tagName[1])))} ${text()}`] : [];
    case 'p':
      return text() ? [text()] : [];
    case 'ul': case 'ol': {
      const items = elements(node.children).filter((li) => li.tagName === 'li');
      const lines = items.map((li, i) => `${node.tagName === 'ol' ? `${i + 1}.` : '-'} ${elements(li.children).length && elements(li.children).every((c) => blockTags.has(c.tagName)) ? elements(li.children).flatMap((c) => blocksOf(c, notes)).join(' ') : inline(li.children).trim()}`);
      return lines.length ? [lines.join('\n')] : [];
    }
    case 'table': {
      // A signatory list set in two columns is read down the first column, then the second.
      const rows = [...node.children, ...elements(node.children).flatMap((c) => c.children)].filter((r): r is Element => r.type === 'element' && r.tagName === 'tr');
      const cells = rows.map((row) => elements(row.children).filter((c) => c.tagName === 'td' || c.tagName === 'th'));
      const width = Math.max(0, ...cells.map((r) => r.length));
      const lines: string[] = [];
      for (let col = 0; col < width; col++) for (const row of cells) if (row[col]) lines.push(...elements(row[col]!.children).flatMap((c) => blocksOf(c, notes)));
      // Each cell a block of its own, so a country heading in a cell is read as one.
      return lines;
    }
    default:
      return elements(node.children).flatMap((c) => blocksOf(c, notes));
  }
}

export type DocxText = { text: string } | { problem: string };

/** The statement's text from a .docx, or why it cannot be read. */
export async function docxText(bytes: Buffer): Promise<DocxText> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      { externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch {
    return { problem: 'is not a Word document that can be read (it may be damaged, or saved in another format under a .docx name): open it in Word, save it again as a Word document (.docx), and import that' };
  }
  const root = fromHtml(html, { fragment: true });
  const top = elements(root.children);
  // mammoth puts the notes last, as one <ol> of <li id="footnote-n">; each goes after the paragraph citing it.
  const notes = new Map<string, string>();
  for (const list of top.filter((e) => e.tagName === 'ol')) {
    for (const li of elements(list.children)) {
      const id = String(li.properties['id'] ?? '');
      if (!/^(?:footnote|endnote)-\d+$/.test(id)) continue;
      notes.set(id, elements(li.children).map((p) => inline(p.children).trim()).filter(Boolean).join(' '));
    }
  }
  const body = top.filter((e) => !(e.tagName === 'ol' && elements(e.children).some((li) => notes.has(String(li.properties['id'] ?? '')))) && e.tagName !== 'dl');
  const blocks = body.map((element) => blocksOf(element, notes));
  // The notes go after the last paragraph that refers to one, in the order the text refers to them,
  // as the import reads notes at the foot of a page; before any signatory list, which ends the text.
  const references = body.map((element) => selectAll(element, 'a').map((a) => String(a.properties['href'] ?? '')).filter((h) => noteLink.test(h)));
  const last = references.findLastIndex((r) => r.length > 0);
  if (last >= 0) {
    const listed = references.flat().map((href, i) => `<sup>${i + 1}</sup> ${notes.get(href.slice(1)) ?? ''}`.trimEnd());
    blocks[last] = [...blocks[last]!, ...listed];
  }
  return { text: `${blocks.flat().join('\n\n')}\n` };
}

function selectAll(node: Element, tag: string): Element[] {
  return elements(node.children).flatMap((c) => [...(c.tagName === tag ? [c] : []), ...selectAll(c, tag)]);
}
