// Statements laid out unlike the seeds, imported against a small collection (tests/fixtures/import/
// content): Spanish with a page break inside a sentence, a letter with no notes and an unheaded
// signatory list, notes citing several works with [1] and <sup>2</sup> markers, an asterisk note.
import { describe, expect, test } from 'vitest';
import { ids, importFixture, noteTexts } from './helpers.ts';

const questionsOf = (result: ReturnType<typeof importFixture>) => result.questions.map((q) => q.text).join('\n');

describe('a Spanish statement with superscript notes and country headings', () => {
  const result = importFixture('spanish-superscripts.txt');
  const data = result.statement.data;

  test('reads the title, a Spanish date after a place, and the language', () => {
    expect(data['title']).toBe('Organizaciones de la sociedad civil rechazan el acuerdo de “tercer país seguro”');
    expect(data['date']).toBe('2019-07-30');
    expect(data['language']).toBe('es');
  });

  test('joins the sentence the notes interrupted and moves the notes below the text', () => {
    expect(result.statement.body).toContain('no acepte un acuerdo de tercer país seguro y que respete el derecho');
    expect(result.parts.paragraphs).toHaveLength(2);
    expect(noteTexts(result.statement.body!).map(([label]) => label)).toEqual(['1', '2']);
    expect(result.statement.body).toMatch(/Guatemala\.\[\^1\] Este acuerdo/);
  });

  test('matches signatories ignoring accents and apostrophes, and drafts the unknown ones under their country', () => {
    const groups = data['signatories'] as { group: string; organizations: (string | { id: string; printed: string })[] }[];
    expect(groups.map((g) => [g.group, ids(g.organizations)])).toEqual([
      ['México', ['centro-de-derechos-humanos-fray-matias-de-cordova', 'instituto-para-las-mujeres-en-la-migracion', 'red-jesuita-con-migrantes-mexico']],
      ['Guatemala', ['asociacion-pop-noj', 'pastoral-de-movilidad-humana']],
    ]);
    expect(groups[0]!.organizations[1]).toEqual({ id: 'instituto-para-las-mujeres-en-la-migracion', printed: 'Instituto para las Mujeres en la Migracion (IMUMI)' });
    const drafts = result.drafts.filter((d) => d.collection === 'organizations');
    expect(drafts.map((d) => [d.id, d.data['countries'], d.data['type']])).toEqual([
      ['red-jesuita-con-migrantes-mexico', ['MX'], null],
      ['pastoral-de-movilidad-humana', ['GT'], null],
    ]);
    expect(questionsOf(result)).toContain('The signatory "Pastoral de Movilidad Humana" (source line 26) matched no organization');
  });

  test('a note citing two works keeps the known one and drafts the other from its words', () => {
    expect(result.citations).toEqual([
      { note: '1', ids: ['dhs-2019-07-26-acuerdo-de-cooperacion-en-materia-de'] },
      { note: '2', ids: ['unhcr-2019-06-guatemala-factsheet', 'amnesty-international-nadie-me-protege'] },
    ]);
    const amnesty = result.drafts.find((d) => d.id === 'amnesty-international-nadie-me-protege')!;
    expect(amnesty.data).toEqual({
      title: 'Nadie me protege',
      publisher: 'amnesty-international',
      url: 'https://www.amnesty.org/es/documents/amr34/nadie-me-protege/',
      language: 'es',
      kind: 'ngo',
    });
    const dhs = result.drafts.find((d) => d.id.startsWith('dhs-'))!;
    expect(dhs.data['date']).toBe('2019-07-26');
  });

  test('finds the policy by its Spanish alias', () => {
    expect(data['policies']).toEqual(['safe-third-country-agreements']);
  });
});

describe('a letter without notes whose signatory list has no heading', () => {
  const result = importFixture('letter-without-notes.txt');
  const data = result.statement.data;

  test('keeps the salutation and the closing in the text and writes no notes', () => {
    expect(result.statement.body!.startsWith('Dear Secretary Nielsen,\n\n')).toBe(true);
    expect(result.statement.body!.trimEnd().endsWith('Sincerely,')).toBe(true);
    expect(data['notes']).toBeUndefined();
  });

  test('groups the names under "Signatories" and asks for the printed heading', () => {
    const groups = data['signatories'] as { group: string; organizations: (string | { id: string })[] }[];
    expect(groups.map((g) => [g.group, ids(g.organizations)])).toEqual([
      ['Signatories', ['alianza-americas', 'kids-in-need-of-defense', 'womens-refugee-commission-2', 'hope-border-institute']],
    ]);
    expect(data['questions']).toContain('The signatory list has no heading: it was given the group name "Signatories". Write the heading the source prints above the names, if any.');
  });

  test('a name one apostrophe away from an organization is not matched silently: it is drafted and the near match named', () => {
    expect(questionsOf(result)).toContain('If it is "Women\'s Refugee Commission" (womens-refugee-commission) under another name, use that id here');
  });

  test('a link with an empty target is marked lost', () => {
    expect(result.statement.body).toContain('as [the 2017 memo](#) on the practice');
    expect(result.parts.lostLinks).toEqual([{ words: 'the 2017 memo', target: '' }]);
  });
});

describe('notes citing several works, with [1], <sup>2</sup> and † markers', () => {
  const result = importFixture('several-sources.txt');

  test('turns each marker style into a GFM reference and keeps a note per line of the notes block', () => {
    expect(result.statement.body).toContain('until their number is called.[^1] Thousands');
    expect(result.statement.body).toContain('kidnapping and extortion.[^2]');
    expect(result.statement.body).toContain('announced this month.[^†]');
    expect(noteTexts(result.statement.body!).map(([label]) => label)).toEqual(['1', '2', '3', '†']);
  });

  test('drafts one citation per address, with the title in quotes or italics, the date and the publisher', () => {
    expect(result.citations.map((c) => c.ids.length)).toEqual([3, 2, 1, 0]);
    expect(result.citations[2]!.ids).toEqual(['dhs-oig-2018-09-family-separation']);
    const post = result.drafts.find((d) => d.id === 'washington-post-2019-05-31-metering-leaves-thousands-waiting')!;
    expect(post.data).toMatchObject({ title: 'Metering leaves thousands waiting', publisher: 'washington-post', date: '2019-05-31', kind: 'news' });
  });

  test('an address printed without words gets a citation whose title is left empty', () => {
    const annex = result.drafts.find((d) => d.id.endsWith('tortured-and-detained-annex'))!;
    expect(annex.data['title']).toBeNull();
    expect(annex.data['publisher']).toBe('human-rights-first');
  });

  test('asks about a paragraph that stops mid-sentence before a capital, without joining it', () => {
    expect(result.parts.paragraphs).toHaveLength(3);
    expect(questionsOf(result)).toContain('The paragraph ending “…asks for protection at the border” has no full stop');
  });

  test('drafts a policy for a capitalized policy name the collection lacks', () => {
    expect(result.drafts.filter((d) => d.collection === 'policies').map((d) => d.data['name'])).toEqual(['Comprehensive Border Processing Framework']);
  });

  test('the note with no address is explanatory, and says so in a question', () => {
    expect((result.statement.data['notes'] as unknown[]).at(-1)).toEqual({ note: '†', kind: 'explanatory' });
  });
});

describe('an asterisk note before numbered notes', () => {
  const result = importFixture('asterisk-and-numbers.txt');

  test("reads the author's line into authors and keeps it in the text with its marker", () => {
    expect(result.statement.data['authors']).toEqual([{ name: 'Maria Lopez', role: 'Director', affiliation: 'wola' }]);
    expect(result.statement.body!.split('\n')[0]).toBe('*By Maria Lopez, Director, Washington Office on Latin America (WOLA)[^*]*');
  });

  test('asks to renumber, since the site counts [^*] as the first note', () => {
    const question = result.questions.find((q) => q.text.startsWith('The notes in reading order are [^*], [^1], [^2]'));
    expect(question?.blocking).toBe(true);
    expect(question?.text).toContain('[^1] would be shown as 2');
  });

  test('with no date line, the date is left empty and asked for', () => {
    expect(result.statement.data['date']).toBeNull();
    expect(result.questions.find((q) => q.field?.[0] === 'date')?.blocking).toBe(true);
  });
});
