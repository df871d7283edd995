import { describe, expect, it } from 'vitest';
import { sentenceEndingAt, sentencesEndingAt, sentenceStarts } from '../../../src/lib/sentences.ts';

describe('sentences', () => {
  it('does not split after abbreviations such as U.S. or Sept.', () => {
    const text = 'The U.S. Department acted. DHS OIG wrote in Sept. 2018 that it failed.';
    expect(sentenceStarts(text)).toEqual([0, 27]);
  });

  it('returns the sentence that ends at a note marker', () => {
    const text = 'First sentence. Second sentence ends here.';
    expect(sentenceEndingAt(text, text.length)).toBe('Second sentence ends here.');
  });

  it('returns a partial sentence when the marker sits mid-sentence', () => {
    const text = 'Signed prior to the new bilateral agreement with Mexico and amidst pressure.';
    expect(sentenceEndingAt(text, 55)).toBe('Signed prior to the new bilateral agreement with Mexico');
  });
});

describe('sentences for many markers', () => {
  it('gives each marker, in order, the sentence that ends at it', () => {
    const text = 'One is here. Two follows, per the U.S. report. Three.';
    const offsets = [text.indexOf(' Two'), text.indexOf(' Three'), text.length];
    expect(sentencesEndingAt(text, offsets)).toEqual(['One is here.', 'Two follows, per the U.S. report.', 'Three.']);
  });
});
