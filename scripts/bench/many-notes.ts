// A statement whose one paragraph carries thousands of notes, the shape that once kept the content
// sync busy for over ten minutes: shared by the Markdown benchmark and the test that renders it.

export interface ManyNotes {
  markdown: string;
  frontmatter: { language: string; notes: { note: number; kind: 'explanatory' }[]; editorNotes: { id: string; quote: string; text: string }[] };
}

export function manyNotes(count: number): ManyNotes {
  const sentences = Array.from({ length: count }, (_, i) => `Claim ${i + 1} is made by the U.S. government in Sept. ${2000 + (i % 20)}.[^${i + 1}]`);
  const notes = Array.from({ length: count }, (_, i) => `[^${i + 1}]: Source ${i + 1}, page ${i % 300}.`);
  return {
    markdown: `${sentences.join(' ')} The last words are flagged.\n\n${notes.join('\n')}\n`,
    frontmatter: {
      language: 'en',
      notes: Array.from({ length: count }, (_, i) => ({ note: i + 1, kind: 'explanatory' as const })),
      editorNotes: [{ id: 'flag', quote: 'The last words', text: 'An editor\'s note.' }],
    },
  };
}
