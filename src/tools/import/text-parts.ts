// The first half of an import: a pasted text taken apart into title, date, paragraphs, notes and the
// signatory list, with page breaks undone and note markers turned into GFM references. Nothing here
// knows about the collection; matching names against records happens in index.ts.
import { bareAsterisks } from './asterisks.ts';
import { dateLine, type FoundDate } from './dates.ts';
import { inReadingOrder, markReferences, noteDefinitions, noteStart, separateNotes, type Note } from './footnotes.ts';
import { markLostLinks, type LostLink } from './lost-links.ts';
import { rejoinPageBreaks } from './page-breaks.ts';
import { dropPageFurniture } from './page-furniture.ts';
import { ask, type Question } from './questions.ts';
import { findSignatories, type SignatoryGroup } from './signatories.ts';
import { plural } from '../../lib/plural.ts';
import { excerpt, splitBlocks, type Block } from './text.ts';

export interface TextParts {
  title?: string;
  /** The title's lines as printed, when markup or quotation marks were taken off. */
  titlePrinted?: string;
  date?: FoundDate;
  /** The line the date was read from, which is not kept in the text. */
  dateLine?: string;
  /** Paragraphs of the text (lists and headings included), with [^n] references. */
  paragraphs: string[];
  notes: Note[];
  /** The Markdown text: paragraphs, then the notes. */
  body: string;
  signatories: SignatoryGroup[];
  joins: string[];
  /** Running heads, running feet and page numbers dropped from the text, with their source line. */
  furniture: { text: string; line: number }[];
  lostLinks: LostLink[];
  questions: Question[];
}

/** A first block that reads as a title: up to three short lines, not a sentence. */
function titleOf(block: Block | undefined): { title: string; printed: string } | undefined {
  if (!block || noteStart(block.text) || dateLine(block.text)) return undefined;
  const lines = block.text.split('\n');
  const printed = lines.join(' ').trim();
  if (lines.length > 3 || printed.split(/\s+/).length > 30 || /[^.]\.$/.test(printed.replace(/[*_]+$/, ''))) return undefined;
  const title = printed
    .replace(/^#{1,6}\s+/, '')
    .replace(/^[*_]+|[*_]+$/g, '')
    .replace(/^[“"](.*)[”"]$/, '$1')
    .trim();
  return { title, printed };
}

export function readTextParts(source: string): TextParts {
  const questions: Question[] = [];
  let blocks = splitBlocks(source);
  let date = dateLine(blocks[0]?.text ?? '');
  let dateText = date ? blocks[0]!.text : undefined;
  if (date) blocks = blocks.slice(1);
  const heading = titleOf(blocks[0]);
  if (heading) blocks = blocks.slice(1);
  else questions.push(ask('The first lines do not read as a title: write the title as printed.', ['title'], true));
  if (!date && blocks[0] && dateLine(blocks[0].text)) {
    date = dateLine(blocks[0].text);
    dateText = blocks[0].text;
    blocks = blocks.slice(1);
  }
  const furniture = dropPageFurniture(blocks, heading?.title);
  blocks = furniture.blocks;
  questions.push(...furniture.questions);
  const list = findSignatories(blocks);
  const asterisks = bareAsterisks(blocks.slice(0, list.start));
  questions.push(...asterisks.questions);
  const rejoined = rejoinPageBreaks(separateNotes(asterisks.blocks));
  questions.push(...rejoined.questions);

  const notes = rejoined.notes;
  const labels = new Set<string>();
  for (const note of notes) {
    if (labels.has(note.label)) {
      questions.push(ask(`Two notes are marked ${note.label} (the second at source line ${note.line}). Give each note its own label in the text, in the notes below it and in "notes".`, ['notes'], true));
    }
    labels.add(note.label);
  }
  const found = new Map<string, number>();
  const lostLinks: LostLink[] = [];
  const paragraphs = rejoined.texts.map((block) => {
    const marked = markReferences(block.text, labels);
    for (const [label, n] of marked.found) found.set(label, (found.get(label) ?? 0) + n);
    for (const marker of marked.unknown) {
      questions.push(ask(`The text has the note marker “${marker}” (near source line ${block.line}) but no note for it was found. Write the note below the text as [^label]: …, or remove the marker if it is not a note.`));
    }
    const unlinked = markLostLinks(marked.text);
    lostLinks.push(...unlinked.lost);
    return unlinked.text;
  });
  for (const note of notes) {
    const uses = found.get(note.label) ?? 0;
    if (uses === 0) {
      questions.push(ask(`Note ${note.label} (“${excerpt(note.text, 50)}”) has no marker in the text. Put [^${note.label}] right after the words it belongs to, as in the original.`, ['notes'], true));
    } else if (uses > 1) {
      questions.push(ask(`The marker of note ${note.label} appears ${plural(uses, 'time')} in the text. Check that each is a note marker (and not, say, a square metre sign); the others should go back to what the source prints.`));
    }
    const unlinked = markLostLinks(note.text);
    note.text = unlinked.text;
    lostLinks.push(...unlinked.lost);
  }
  if (list.groups.some((group) => group.heading === undefined)) {
    questions.push(ask('The signatory list has no heading: it was given the group name "Signatories". Write the heading the source prints above the names, if any.', ['signatories']));
  }
  const text = paragraphs.join('\n\n');
  const ordered = inReadingOrder(notes, text);
  // The site numbers notes 1, 2, 3 … in reading order, a [^*] taking up a number too (footnote-order).
  const misplaced = ordered.filter((note, i) => /^\d+$/.test(note.label) && note.label !== String(i + 1) && (found.get(note.label) ?? 0) > 0);
  if (misplaced.length > 0) {
    questions.push(ask(
      `The notes in reading order are ${ordered.map((n) => `[^${n.label}]`).join(', ')}, but the site numbers notes 1, 2, 3 … in reading order, counting notes like [^*] too, so [^${misplaced[0]!.label}] would be shown as ${ordered.indexOf(misplaced[0]!) + 1}. Relabel the numbered notes to their place, in the text, below it and in "notes".`,
      ['notes'],
      true,
    ));
  }
  const definitions = noteDefinitions(ordered);
  return {
    ...(heading ? { title: heading.title, ...(heading.title !== heading.printed ? { titlePrinted: heading.printed } : {}) } : {}),
    ...(date ? { date, dateLine: dateText } : {}),
    paragraphs,
    notes: ordered,
    body: definitions ? `${text}\n\n${definitions}\n` : `${text}\n`,
    signatories: list.groups,
    joins: rejoined.joins,
    furniture: furniture.dropped,
    lostLinks,
    questions,
  };
}
