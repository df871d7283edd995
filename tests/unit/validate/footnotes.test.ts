// Notes in the text ([^1] markers and "[^1]: …" definitions) and their entries in the front matter.
import { describe, expect, test } from 'vitest';
import { fileIn, onlyProblem } from './helpers.ts';

const statement = (name: string) => fileIn(name, 'statements/2019-guatemala.md');

describe('footnotes', () => {
  test('a marker with no note is reported where the marker is', async () => {
    const problem = await onlyProblem('footnote-undefined');
    expect(problem).toMatchObject({ code: 'footnote-undefined', file: statement('footnote-undefined'), line: 39, column: 52 });
    expect(problem.field).toBeUndefined();
    expect(problem.message).toContain('The marker [^3] has no note');
    expect(problem.fix).toContain('[^1], [^2], [^*]');
  });

  test('a note whose marker never appears is reported at the note', async () => {
    const problem = await onlyProblem('footnote-unused');
    expect(problem).toMatchObject({ code: 'footnote-unused', file: statement('footnote-unused'), line: 47, column: 1 });
    expect(problem.message).toContain('The note [^3] is never referred to');
  });

  test('a note with no entry in the front matter notes is reported at the note', async () => {
    const problem = await onlyProblem('footnote-unmapped');
    expect(problem).toMatchObject({ code: 'footnote-unmapped', line: 41, column: 1 });
    expect(problem.message).toContain('The note [^2] has no entry in "notes"');
    expect(problem.fix).toContain('- note: 2');
  });

  test('a notes entry for a label the text does not use is reported at the entry', async () => {
    const problem = await onlyProblem('note-mapping-unknown');
    expect(problem).toMatchObject({ code: 'note-mapping-unknown', line: 26, column: 11, field: 'notes[2].note' });
    expect(problem.message).toContain('[^4], but the text has no such note');
    expect(problem.fix).toContain('[^1], [^2], [^*]');
  });

  test('numbered notes out of reading order are reported at the first one out of place', async () => {
    const problem = await onlyProblem('footnote-order');
    expect(problem).toMatchObject({ code: 'footnote-order', line: 37, column: 97 });
    expect(problem.message).toBe('[^2] is the first numbered note in reading order, so it should be [^1].');
  });

  test('an address in a note that none of its cited works carries is reported at the address', async () => {
    const problem = await onlyProblem('footnote-url-uncited');
    expect(problem).toMatchObject({ code: 'footnote-url-uncited', line: 42, column: 127 });
    expect(problem.message).toContain('https://www.example.org/report');
    expect(problem.message).toContain('notes[0].citations');
  });

  test('an address belonging to another citation names that citation in the fix', async () => {
    const problem = await onlyProblem('footnote-url-of-another-citation');
    expect(problem).toMatchObject({ code: 'footnote-url-uncited', line: 43, column: 41 });
    expect(problem.fix).toContain('The citation "dhs-2019-moc" has this address');
  });
});
