// Flags the words an editor's note is about (a misprinted weekday, a misspelled country) and links
// them to the note, leaving the words themselves exactly as printed.
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { anchors } from '../lib/urls.ts';
import { frontmatterOf } from './frontmatter.ts';
import { el, isElement, txt, walk } from './hast.ts';

export function rehypeEditorNotes() {
  return (tree: Root, file: VFile) => {
    const notes = frontmatterOf(file).editorNotes ?? [];
    for (const note of notes) {
      if (!note.quote) continue;
      const quote = note.quote;
      let done = false;
      walk(tree, (node, parent, index) => {
        if (done) return false;
        if (isElement(node) && node.properties['dataNotSource'] !== undefined) return false;
        if (node.type !== 'text') return;
        const at = node.value.indexOf(quote);
        if (at === -1) return;
        done = true;
        parent.children.splice(
          index,
          1,
          txt(node.value.slice(0, at)),
          el('mark', { className: ['editor-flag'] }, [txt(quote)]),
          el('sup', { className: ['editor-flag-marker'], dataNotSource: '' }, [
            el('a', { href: `#${anchors.editorNote(note.id)}`, id: `edref-${note.id}` }, [txt("editor's note")]),
          ]),
          txt(node.value.slice(at + quote.length)),
        );
        return false;
      });
      if (!done) {
        file.fail(`The editor's note "${note.id}" quotes words that are not in the text: "${quote}". Run npm run validate for details.`);
      }
    }
  };
}
