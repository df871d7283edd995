// A link written [words](#) marks a hyperlink the source had but whose target was lost in
// transcription. It becomes plain text with a visible marker pointing to the editor's note,
// never an href="#" that would lead nowhere.
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { anchors } from '../lib/urls.ts';
import { el, isElement, txt, walk } from './hast.ts';
import { stageOf } from './stage.ts';
import { langToken, wordToken } from './interface-words.ts';

export const lostLinksNoteId = 'lost-links';

export function rehypeLostLinks() {
  return (tree: Root, file: VFile) => {
    let count = 0;
    walk(tree, (node, parent, index) => {
      if (!isElement(node, 'a') || node.properties['href'] !== '#') return;
      count++;
      parent.children[index] = el('span', { className: ['lost-link'] }, [
        ...node.children,
        el('sup', { className: ['lost-link-marker'], dataNotSource: '', lang: langToken }, [
          el('a', { href: `#${anchors.editorNote(lostLinksNoteId)}`, title: wordToken('lostLink.title') }, [
            txt(wordToken('lostLink.marker')),
          ]),
        ]),
      ]);
      return false;
    });
    stageOf(file).derived.lostLinks = count;
  };
}
