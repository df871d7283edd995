// A paragraph with 5,000 notes once kept the build busy for over ten minutes (finding each note's
// sentence was quadratic, once per note). It must render, correctly; the generous timeout is only
// there so a slow, shared machine still passes. Times are printed by npm run bench:markdown.
import { describe, expect, it } from 'vitest';
import { manyNotes } from '../../../scripts/bench/many-notes.ts';
import { renderMarkdown } from '../../support/render-markdown.ts';

describe('a statement with 5,000 notes in one paragraph', () => {
  it('renders every note, every reference and the sentence each supports', async () => {
    const count = 5000;
    const { markdown, frontmatter } = manyNotes(count);
    const { html, derived } = await renderMarkdown(markdown, frontmatter);

    expect(derived.passages).toHaveLength(1);
    expect(derived.noteTexts).toHaveLength(count);
    expect(derived.noteReferences).toHaveLength(count);
    expect(derived.noteReferences[0]).toEqual({ note: 1, occurrence: 1, passage: 1, sentence: 'Claim 1 is made by the U.S. government in Sept. 2000.' });
    expect(derived.noteReferences[count - 1]).toEqual({ note: count, occurrence: 1, passage: 1, sentence: `Claim ${count} is made by the U.S. government in Sept. 2019.` });
    expect(derived.noteTexts[count - 1]).toEqual({ note: count, label: String(count), text: `Source ${count}, page ${(count - 1) % 300}.` });
    expect(html.match(/<li id="fn-\d+"/g)).toHaveLength(count);
    expect(html).toContain(`<a href="#fn-${count}" id="fnref-${count}" data-footnote-ref=""`);
    expect(html).toContain('<mark class="editor-flag">The last words</mark>');
  }, 120_000);
});
