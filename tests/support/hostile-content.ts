// Hostile text for every text field of every record kind (issue 16: content from partners is
// untrusted), as fast-check arbitraries and as a content folder the validator and the build can read.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';

/** Pieces that break one export or another when written raw. */
export const hostilePieces = [
  '<script>alert(1)</script>', '</script>', '<!--', '-->', '<i>', '</i>', '<b>x</b>', '<span style="color:red">',
  '<span class="nocase">', '<img src=x onerror=alert(1)>', '"', "'", '&', '&amp;', '&#0;', ']]>', '{', '}',
  '}}, title = {Forged', '\\', '\\immediate\\write18{rm -rf /}', '\\input{/etc/passwd}', '$x^2$', '%', '#', '_',
  '~', '^', '--', '---', '``', "''", '@', '\nER  - \nTY  - JOUR\nTI  - ', '\r\n', '\n', '\r', '\t',
  '=HYPERLINK("https://evil.example/","x")', '+1', '-1', '@SUM(A1)', '\t=1', ',', ';', '\u0000', '\u0007', '\u001b',
  '\u007f', '\u0085', '\u2028', '\u2029', '\u202e', '\u2066', '\u200b', '\u200d', '\ufeff', '\ufffe', '\uffff',
  '\ud800', '𝔸', '中文', 'Tiếng Việt', 'e\u0301', 'ﬁ', '½', ' ', '  ', '\u00a0', 'zqbibunit0zqbibunit', 'Word',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostilePieces) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** Hostile text with something besides white space in it (the schemas refuse blank text anyway). */
export const hostileText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 9, arbitrary: fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.tuple(piece, fc.integer({ min: 200, max: 1500 })).map(([p, n]) => `${p}x `.repeat(n)) },
  )
  .filter((s) => s.trim() !== '');

/** Every text field of the four record kinds, by a name used below. */
export const textFields = [
  'orgName', 'orgAcronym', 'orgAlias', 'orgDescription', 'publisherName', 'publisherAlias',
  'policyName', 'policyAlias', 'policyScheme', 'policyValue', 'policySummary',
  'citationTitle', 'citationNote',
  'title', 'dateNote', 'authorName', 'authorRole', 'group', 'printed', 'summary', 'editorQuote', 'editorText',
  'provenanceSource', 'provenanceDescription', 'question',
] as const;

export type Texts = Record<(typeof textFields)[number], string>;

export const hostileTexts: fc.Arbitrary<Texts> = fc.record(
  Object.fromEntries(textFields.map((f) => [f, hostileText])) as Record<keyof Texts, fc.Arbitrary<string>>,
);

/** Harmless text in every field: the baseline a hostile build is compared with. */
export const plainTexts: Texts = Object.fromEntries(textFields.map((f, i) => [f, `Plain ${f} ${i}`])) as Texts;

/** Fields the validator always refuses for reasons of their own (a quote not in the text, a missing source file, an open question). */
export const refusedAnyway = new Set<keyof Texts>(['editorQuote', 'provenanceSource', 'question']);

/**
 * Records as their files hold them (before the schemas), ids fixed but for a suffix (so a plain and a
 * hostile set can share one build): the text is what varies. `all: false` leaves out the fields the
 * validator refuses for reasons of their own.
 */
export function hostileRecords(t: Texts, { all = true, suffix = '' }: { all?: boolean; suffix?: string } = {}) {
  const id = (name: string) => `${name}${suffix}`;
  const provenance = { source: all ? t.provenanceSource : 'content/sources/source.txt', description: t.provenanceDescription, transcribed: '2026-11-23' };
  const statement = {
    date: '2019-06-13',
    language: 'en',
    title: t.title,
    dateNote: t.dateNote,
    summary: t.summary,
    policies: [id('policy-a')],
    actors: [id('org-b')],
    editorNotes: [{ id: 'ed-1', ...(all ? { quote: t.editorQuote } : {}), text: t.editorText }],
    provenance,
    ...(all ? { questions: [t.question] } : {}),
  };
  return {
    organizations: {
      [id('org-a')]: { name: t.orgName, acronym: t.orgAcronym, aliases: [t.orgAlias], type: 'ngo', countries: ['US'], affiliations: [id('org-b')], website: 'https://a.example/', description: t.orgDescription },
      [id('org-b')]: { name: t.publisherName, aliases: [t.publisherAlias], type: 'news-outlet' },
    },
    policies: {
      [id('policy-a')]: { name: t.policyName, aliases: [t.policyAlias], kind: 'law', date: '2019', countries: ['US', 'GT'], identifiers: [{ scheme: t.policyScheme, value: t.policyValue }], summary: t.policySummary },
    },
    citations: {
      [id('work-a')]: { title: t.citationTitle, publisher: id('org-b'), date: '2019-05', url: `https://work.example/a${suffix}`, language: 'en', kind: 'ngo', editorNote: t.citationNote },
      [id('work-b')]: { title: t.citationTitle, publisher: id('org-b'), url: `https://work.example/b${suffix}`, language: 'es', kind: 'news' },
    },
    statements: {
      [id('2019-joint')]: { ...statement, kind: 'joint-statement', signatories: [{ group: t.group, organizations: [{ id: id('org-a'), printed: t.printed }, id('org-b')] }], notes: [{ note: 1, citations: [id('work-a'), id('work-b')] }] },
      [id('2019-editorial')]: { ...statement, kind: 'editorial', authors: [{ name: t.authorName, role: t.authorRole, affiliation: id('org-a') }], publisher: id('org-b') },
    },
  };
}

/** A statement's Markdown text: plain, with the one footnote the joint statement maps. */
export const statementBody = (id: string) =>
  id.startsWith('2019-joint')
    ? `The organizations object to the policy.[^1]\n\n[^1]: A report, https://work.example/a${id.slice('2019-joint'.length)}\n`
    : 'An editorial text.\n';

/** Writes the records as a content folder (YAML files, Markdown statements) under `root`. */
export function writeContent(root: string, ...sets: ReturnType<typeof hostileRecords>[]): void {
  fs.rmSync(root, { recursive: true, force: true });
  for (const [collection, entries] of sets.flatMap((records) => Object.entries(records))) {
    fs.mkdirSync(path.join(root, collection), { recursive: true });
    for (const [id, data] of Object.entries(entries)) {
      const file = path.join(root, collection, `${id}.${collection === 'statements' ? 'md' : 'yaml'}`);
      const yaml = stringify(data, { lineWidth: 0 });
      fs.writeFileSync(file, collection === 'statements' ? `---\n${yaml}---\n${statementBody(id)}` : yaml);
    }
  }
  fs.mkdirSync(path.join(root, 'sources'), { recursive: true });
  fs.writeFileSync(path.join(root, 'sources/source.txt'), 'The source.\n');
  // The About page and the footer read the site's own about.yaml, which no hostile field reaches.
  fs.copyFileSync('content/about.yaml', path.join(root, 'about.yaml'));
  fs.copyFileSync('content/terms.yaml', path.join(root, 'terms.yaml'));
}
