// What the plugins of one statement's Markdown stage hand each other and build up, kept on the
// file (never in its front matter) until rehypeDerivedText checks it and hands it to Astro.
import type { VFile } from 'vfile';
import { derivedKey, derivedTextSchema, type DerivedText } from '../content/derived.ts';
import { frontmatterOf } from './frontmatter.ts';

export interface ReferenceNumber {
  note: number;
  occurrence: number;
}

export interface StageData {
  /** Each note's label as first written, by number (index 0 is note 1): set by remarkNoteNumbers. */
  labels: string[];
  /** Each reference's note number and which use of the note it is, in reading order. */
  references: ReferenceNumber[];
  /** The element GFM made for each reference (set by rehypeFootnotes), so later plugins need not read ids. */
  referenceOf: WeakMap<object, ReferenceNumber>;
  derived: DerivedText;
}

const stages = new WeakMap<VFile, StageData>();

export function stageOf(file: VFile): StageData {
  let stage = stages.get(file);
  if (!stage) {
    stage = { labels: [], references: [], referenceOf: new WeakMap(), derived: { passages: [], noteReferences: [], noteTexts: [], lostLinks: 0 } };
    stages.set(file, stage);
  }
  return stage;
}

/** The last plugin: the record is checked against its schema, then carried under one front-matter key. */
export function rehypeDerivedText() {
  return (_tree: unknown, file: VFile) => {
    frontmatterOf(file)[derivedKey] = derivedTextSchema.parse(stageOf(file).derived);
  };
}
