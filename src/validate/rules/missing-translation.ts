// An editor's text (a summary, an editor's note, a description, a policy's name, an About text, the
// name of a kind or a country) without its Spanish version. A warning, not an error: the Spanish pages
// show the English, marked as English, and the site still builds. The statements' own words are never
// translated, so they are never asked for.
import { collectionNames } from '../../content/collections.ts';
import { hasSpanish, textsToTranslate, type TextToTranslate } from '../../content/translations.ts';
import { termGroups } from '../../content/schemas/terms.ts';
import type { Rule } from '../context.ts';
import { locate } from '../locate.ts';
import { fieldName, type Problem } from '../problem.ts';
import { readSiteRecord, type SiteRecord } from './site-file.ts';

const code = 'missing-translation';

/** "es.editorNotes.weekday" reads better as the id it is than as a path. */
const shownPath = (path: readonly (string | number)[]) => fieldName(path)!;

/** What editors call each text, for the message. */
const names: Record<string, string> = {
  summary: 'summary',
  dateNote: 'date note',
  'provenance.description': 'description of the source',
  description: 'description',
  name: 'name',
  editorNote: "editor's remark",
  publisher: 'text on the publisher',
  'contact.note': 'contact note',
  corrections: 'corrections policy',
  'reuse.texts': 'terms of reuse for the texts',
  'reuse.data': 'terms of reuse for the data',
};

function warning(record: Pick<SiteRecord, 'file' | 'document' | 'lineCounter' | 'yamlLine' | 'data'>, text: TextToTranslate): Problem {
  const spanish = shownPath(text.spanish);
  // Placed at the es: block when there is one, else at the English text it translates.
  const esWritten = record.data !== null && typeof record.data === 'object' && 'es' in record.data;
  const english = shownPath(text.english);
  const id = text.english[0] === 'editorNotes' ? String(text.spanish[2]) : undefined;
  // "provenance: description:", the keys to write under es:, nested as the English is.
  const keys = text.spanish.slice(1).map((key) => `${String(key)}:`).join(' ');
  return {
    file: record.file,
    ...locate(record, esWritten ? text.spanish : text.english),
    field: spanish,
    code,
    message: `There is no Spanish version of the ${id ? `editor's note "${id}"` : names[english] ?? english}, so the Spanish pages show it in English.`,
    fix: `Write the Spanish under es: as ${keys} …${id ? ' (the quote stays as printed)' : ''}; it translates the editors' words, never a statement's.`,
  };
}

const rule: Rule = {
  code,
  severity: 'warning',
  description: "An editor's text (summary, editor's note, description, policy name, About text) or the name of a kind, type, country or language has no Spanish version. A warning: the site builds, and the Spanish pages show the English, marked as English.",
  fix: 'Write the Spanish in the record\'s es: block (or as es: beside en: in content/terms.yaml); see "Spanish versions" in this guide.',
  check(context) {
    const records = collectionNames.flatMap((collection) =>
      context.of(collection).filter((r) => !r.fault).flatMap((record) =>
        textsToTranslate(collection, record.data).filter((t) => !hasSpanish(record.data, t)).map((t) => warning(record, t))));
    const about = readSiteRecord('about', context.root);
    const aboutWarnings = 'missing' in about || about.fault ? [] : textsToTranslate('about', about.data).filter((t) => !hasSpanish(about.data, t)).map((t) => warning(about, t));
    const terms = readSiteRecord('terms', context.root);
    const termWarnings = 'missing' in terms || terms.fault ? [] : missingTermNames(terms);
    return [...records, ...aboutWarnings, ...termWarnings];
  },
};

/** Codes in content/terms.yaml with an English name and no Spanish one. */
function missingTermNames(terms: SiteRecord): Problem[] {
  return Object.keys(termGroups).flatMap((group) => {
    const names = (terms.data as Record<string, unknown> | undefined)?.[group];
    if (names === null || typeof names !== 'object') return [];
    return Object.entries(names as Record<string, unknown>).flatMap(([value, name]) => {
      const en = (name as { en?: unknown } | null)?.en;
      const es = (name as { es?: unknown } | null)?.es;
      if (typeof en !== 'string' || (typeof es === 'string' && es.trim() !== '')) return [];
      return [{
        file: terms.file,
        ...locate(terms, [group, value]),
        field: `${group}.${value}.es`,
        code,
        message: `"${en}" has no Spanish name, so the Spanish pages show it in English.`,
        fix: `Add es: beside en:, like ${value}: { en: ${en}, es: … }.`,
      }];
    });
  });
}

export default rule;
