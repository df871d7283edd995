// Writes drafts as editors will read them: YAML with a comment above the record and at each field
// the import has something to say about (what it read, what it asks); a statement gets its text below.
import { Document, isMap, isSeq, type Node } from 'yaml';
import type { Draft } from './index.ts';

const asComment = (text: string) => text.split('\n').map((line) => ` ${line}`).join('\n');

/** The node of a field or list item, to hang a comment on: the key of a field, the item of a list. */
function nodeAt(document: Document, path: string[]): Node | undefined {
  let node = document.contents as Node | null;
  let target: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown }).value) === segment);
      if (!pair) return target;
      target = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node) && /^\d+$/.test(segment) && node.items[Number(segment)]) {
      node = node.items[Number(segment)] as Node;
      target = node;
    } else return target;
  }
  return target;
}

export function draftYaml(draft: Draft): string {
  const document = new Document(draft.data);
  for (const [path, text] of draft.comments) {
    const node = nodeAt(document, path.split('.'));
    if (node) node.commentBefore = [node.commentBefore, asComment(text)].filter(Boolean).join('\n');
  }
  const header = draft.header.map((line) => `# ${line}`).join('\n');
  return `${header}\n${document.toString({ lineWidth: 0, nullStr: '' })}`;
}

/** The file's text: a statement is front matter between --- lines and its Markdown text. */
export function draftFile(draft: Draft): string {
  const yaml = draftYaml(draft);
  return draft.collection === 'statements' ? `---\n${yaml}---\n\n${draft.body ?? ''}` : yaml;
}
