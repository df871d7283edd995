// Flags the words an editor's note is about (a misprinted weekday, a misspelled country) and links
// them to the note, leaving the words themselves exactly as printed.
import type { ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { anchors } from '../lib/urls.ts';
import { frontmatterOf } from './frontmatter.ts';
import { el, isElement, txt, walk, type Parent } from './hast.ts';
import { langToken, wordToken } from './interface-words.ts';

interface Flag {
  id: string;
  quote: string;
  start: number;
}

function flagged(note: Flag): ElementContent[] {
  return [
    el('mark', { className: ['editor-flag'] }, [txt(note.quote)]),
    el('sup', { className: ['editor-flag-marker'], dataNotSource: '', lang: langToken }, [
      el('a', { href: `#${anchors.editorNote(note.id)}`, id: anchors.editorFlag(note.id) }, [txt(wordToken('editorFlag.marker'))]),
    ]),
  ];
}

/**
 * Each note flags the first place its words occur inside one run of plain text. The places are all
 * found first, in one walk, so two notes whose words overlap are caught instead of one hiding the other.
 */
export function rehypeEditorNotes() {
  return (tree: Root, file: VFile) => {
    const pending = (frontmatterOf(file).editorNotes ?? []).filter((note) => note.quote);
    const found = new Map<Text, Flag[]>();
    const place = new Map<string, { node: Text; start: number }>();
    walk(tree, (node) => {
      if (pending.length === place.size) return false;
      if (isElement(node) && node.properties['dataNotSource'] !== undefined) return false;
      if (node.type !== 'text') return;
      for (const note of pending) {
        if (place.has(note.id)) continue;
        const start = node.value.indexOf(note.quote!);
        if (start === -1) continue;
        place.set(note.id, { node, start });
        found.set(node, [...(found.get(node) ?? []), { id: note.id, quote: note.quote!, start }]);
      }
    });
    for (const note of pending) {
      if (!place.has(note.id)) {
        file.fail(`The editor's note "${note.id}" quotes words that are not in the text: "${note.quote}". Run npm run validate for details.`);
      }
    }
    const replacements = new Map<Text, ElementContent[]>();
    for (const [node, flags] of found) {
      flags.sort((a, b) => a.start - b.start);
      const parts: ElementContent[] = [];
      let at = 0;
      for (const flag of flags) {
        if (flag.start < at) {
          const other = flags.find((f) => f !== flag && f.start < at && f.start + f.quote.length > flag.start)!;
          file.fail(`The editor's notes "${other.id}" and "${flag.id}" quote overlapping words ("${other.quote}" and "${flag.quote}"), so one cannot be flagged. Run npm run validate for details.`);
        }
        parts.push(txt(node.value.slice(at, flag.start)), ...flagged(flag));
        at = flag.start + flag.quote.length;
      }
      parts.push(txt(node.value.slice(at)));
      replacements.set(node, parts);
    }
    if (replacements.size === 0) return;
    walk(tree, (node, parent: Parent, index) => {
      const parts = node.type === 'text' ? replacements.get(node) : undefined;
      if (parts) parent.children.splice(index, 1, ...parts);
    });
  };
}
