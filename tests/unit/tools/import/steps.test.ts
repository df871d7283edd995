// The import's small steps on their own: blocks, page breaks, note markers, signatory lists, name
// matching, lost links, dates and languages.
import { describe, expect, test } from 'vitest';
import { findDate, dateLine } from '../../../../src/tools/import/dates.ts';
import { markReferences, noteStart, separateNotes } from '../../../../src/tools/import/footnotes.ts';
import { detectLanguage } from '../../../../src/tools/import/language.ts';
import { markLostLinks } from '../../../../src/tools/import/lost-links.ts';
import { matchOrganization, organizationIndex, splitAcronym } from '../../../../src/tools/import/organizations.ts';
import { rejoinPageBreaks } from '../../../../src/tools/import/page-breaks.ts';
import { findSignatories, headingCountries } from '../../../../src/tools/import/signatories.ts';
import { readTextParts } from '../../../../src/tools/import/text-parts.ts';
import { endsSentence, splitBlocks } from '../../../../src/tools/import/text.ts';

describe('blocks and page breaks', () => {
  test('blocks are split at blank lines, whatever the line endings', () => {
    expect(splitBlocks('\uFEFFOne\r\ntwo  \r\n\r\n\r\nThree\n').map((b) => [b.text, b.line])).toEqual([['One\ntwo', 1], ['Three', 5]]);
  });

  test('a sentence can end in a note marker, a closing quote or emphasis', () => {
    expect(endsSentence('… seek protection.¹⁰')).toBe(true);
    expect(endsSentence('… push factors.”²')).toBe(true);
    expect(endsSentence('*… (LAWGEF)\\*.*')).toBe(true);
    expect(endsSentence('… take more')).toBe(false);
  });

  test('a paragraph cut before the notes of a page is joined to its lower-case rest, the notes kept apart', () => {
    const joined = rejoinPageBreaks(separateNotes(splitBlocks('They take more\n\n¹ A note, <https://a.example/>\n\nclandestine routes.')));
    expect(joined.texts.map((b) => b.text)).toEqual(['They take more clandestine routes.']);
    expect(joined.notes.map((n) => [n.label, n.text])).toEqual([['1', 'A note, <https://a.example/>']]);
  });

  test('lines wrapped inside a paragraph become one line; a list keeps its lines', () => {
    const result = rejoinPageBreaks(separateNotes(splitBlocks('One line\nand the next.\n\n- a\n- b')));
    expect(result.texts.map((b) => b.text)).toEqual(['One line and the next.', '- a\n- b']);
  });

  test('a word hyphenated at a line end keeps its hyphen and is asked about', () => {
    const result = rejoinPageBreaks(separateNotes(splitBlocks('The migra-\ntion of families.')));
    expect(result.texts[0]!.text).toBe('The migra-tion of families.');
    expect(result.questions[0]!.text).toContain('“migra-tion”');
  });
});

describe('notes and their markers', () => {
  test.each([
    ['¹² Text', '12'],
    ['<sup>3</sup> Text', '3'],
    ['[4] Text', '4'],
    ['\\* Text', '*'],
    ['† Text', '†'],
  ])('"%s" starts note %s', (line, label) => {
    expect(noteStart(line)?.label).toBe(label);
  });

  test('an emphasis opened before the marker stays around the note', () => {
    expect(noteStart('*\\*CAMMINA agradece.*')).toEqual({ label: '*', text: '*CAMMINA agradece.*' });
  });

  test('ordinary lines do not start notes', () => {
    for (const line of ['**Bold lead.** Text', '- a list item', '[words](#) in a link', '2019 was a year']) expect(noteStart(line)).toBeUndefined();
  });

  test('a bare address after a note is the rest of that note', () => {
    const pieces = separateNotes(splitBlocks('⁵ Title, June 5, 2019.\n\n<https://example.org/a>'));
    expect(pieces).toEqual([{ kind: 'note', note: { label: '5', text: 'Title, June 5, 2019. <https://example.org/a>', line: 1 } }]);
  });

  test('markers with a note become references; printed markers without one are reported, not changed', () => {
    const marked = markReferences('Mexico.¹ More.²⁰ Ordinal 25<sup>th</sup> and [2020].', new Set(['1']));
    expect(marked.text).toBe('Mexico.[^1] More.²⁰ Ordinal 25<sup>th</sup> and [2020].');
    expect(marked.unknown).toEqual(['²⁰']);
  });
});

describe('signatory lists', () => {
  const blocks = (text: string) => splitBlocks(text);

  test('headings name countries in English or Spanish, alone or together', () => {
    expect(headingCountries('Guatemala and Mexico')).toEqual(['GT', 'MX']);
    expect(headingCountries('Estados Unidos:')).toEqual(['US']);
    expect(headingCountries('El Salvador y Honduras')).toEqual(['SV', 'HN']);
    expect(headingCountries('Our partners')).toBeUndefined();
  });

  test('a heading in the same block as its names, bullets and a closing colon are understood', () => {
    const list = findSignatories(blocks('Last paragraph of the text.\n\n**Honduras:**\n- Org One\n- Org Two'));
    expect(list.start).toBe(1);
    expect(list.groups).toEqual([{ heading: 'Honduras', countries: ['HN'], names: [{ printed: 'Org One', line: 4 }, { printed: 'Org Two', line: 5 }] }]);
  });

  test('"A.C." at the end of a name is not the end of a sentence', () => {
    expect(findSignatories(blocks('Text.\n\nMexico\n\nRed de Mujeres del Bajío A.C.')).groups[0]!.names[0]!.printed).toBe('Red de Mujeres del Bajío A.C.');
  });

  test('two short closing lines without a heading are not taken for a list', () => {
    expect(findSignatories(blocks('The text ends here.\n\nMaria Lopez\nWOLA')).groups).toEqual([]);
  });
});

describe('matching organizations', () => {
  const index = organizationIndex([
    { id: 'kind', name: 'Kids in Need of Defense', acronym: 'KIND', aliases: [] },
    { id: 'ciprodeni', name: 'Coordinadora Institucional de Promoción por los Derechos de la Niñez', acronym: 'CIPRODENI', aliases: [] },
    { id: 'crecen', name: 'Central American Resource Center', acronym: 'CRECEN', aliases: [] },
    { id: 'lawg', name: 'Latin America Working Group', acronym: 'LAWG', aliases: [] },
    { id: 'wola', name: 'Washington Office on Latin America', acronym: 'WOLA', aliases: [] },
  ]);

  test.each([
    ['Kids in Need of Defense (KIND)', 'kind'],
    ['Coordinadora Institucional de Promocion por los Derechos de la Ninez -CIPRODENI-', 'ciprodeni'],
    ['Central American Resource Center/CRECEN', 'crecen'],
    ['KIND', 'kind'],
    ['kids in need of defense', 'kind'],
  ])('"%s" is %s', (printed, id) => {
    expect(matchOrganization(printed, index)).toEqual({ kind: 'matched', id });
  });

  test('a name and an acronym of two different organizations are reported as both', () => {
    expect(matchOrganization('Latin America Working Group (WOLA)', index)).toEqual({ kind: 'ambiguous', ids: ['lawg', 'wola'] });
  });

  test('an unknown name is split from its acronym and the nearest name is suggested', () => {
    expect(matchOrganization('Kids in Need of Defence (KID)', index)).toEqual({ kind: 'unknown', name: 'Kids in Need of Defence', acronym: 'KID', suggestion: 'kind' });
  });

  test('words in brackets that are not an acronym stay in the name', () => {
    expect(splitAcronym('Centro Prodh (Mexico City)')).toEqual({ name: 'Centro Prodh (Mexico City)' });
  });
});

describe('lost links, dates and languages', () => {
  test('empty, anchor and file targets are lost; web and mail addresses are kept', () => {
    const { text, lost } = markLostLinks('[a]() [b](#) [c](#_ftn1) [d](file:///C:/x.docx) [e](https://x.org) [f](mailto:a@b.org)');
    expect(text).toBe('[a](#) [b](#) [c](#) [d](#) [e](https://x.org) [f](mailto:a@b.org)');
    expect(lost.map((l) => l.words)).toEqual(['a', 'b', 'c', 'd']);
  });

  test.each([
    ['May 31, 2019', '2019-05-31'],
    ['3 de junio 2019', '2019-06-03'],
    ['Sept. 2018', '2018-09'],
    ['junio de 2019', '2019-06'],
  ])('"%s" is %s', (printed, value) => {
    expect(findDate(`A note, ${printed}, <https://x.org>`)?.value).toBe(value);
  });

  test('a date line may follow a place, but a sentence with a date is not a date line', () => {
    expect(dateLine('Washington, D.C., June 13, 2019')?.value).toBe('2019-06-13');
    expect(dateLine('The memorandum was signed on May 31, 2019 in Washington.')).toBeUndefined();
  });

  test('the language is told only by a clear majority of common words', () => {
    expect(detectLanguage('Las organizaciones expresamos nuestro rechazo al acuerdo de cooperación en materia de asilo y a la política del gobierno', 3)).toBe('es');
    expect(detectLanguage('We write to express our concern about the agreement and the policy of the government', 3)).toBe('en');
    expect(detectLanguage('Washington Post')).toBeUndefined();
  });
});

describe('bare asterisk notes from plain text', () => {
  const parts = (text: string) => readTextParts(text);

  test('an unpaired * after a word and a line starting with * become [^*] and its note', () => {
    const result = parts('A title\n\nWritten by Ana Ruiz of the Fund.* The text goes on with *emphasis* here.\n\n* Ana Ruiz writes in her own name.\n');
    expect(result.body).toBe('Written by Ana Ruiz of the Fund.[^*] The text goes on with *emphasis* here.\n\n[^*]: Ana Ruiz writes in her own name.\n');
  });

  test('emphasis alone is left alone, and a possible note without a marker is asked about', () => {
    const result = parts('A title\n\nThe text has *emphasis* only.\n\n* Perhaps a note.\n');
    expect(result.body).toContain('The text has *emphasis* only.');
    expect(result.questions.map((q) => q.text).join('\n')).toContain('may be a note marked *, but no unpaired * was found');
  });
});
