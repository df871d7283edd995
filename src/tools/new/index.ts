// `npm run new`: a valid record to start from, with every field explained in a comment. Values come
// from flags, or from questions when someone is typing; each is checked before the file is written.
import type { CollectionName } from '../../content/collections.ts';
import { slugify } from '../../lib/slugs.ts';
import { fieldsOf } from './fields.ts';
import { checkAnswer, inputsFor, parseAnswer, type Input } from './inputs.ts';
import { scaffoldYaml } from './render.ts';

export type Asker = (prompt: string) => Promise<string>;

export interface Collected {
  data: Record<string, unknown>;
  errors: string[];
}

/** Defaults a value may fall back on when nothing is given. */
const defaults = (today: string): Record<string, string> => ({ transcribed: today });

/**
 * The record's data from the flags given; a required value that is missing or wrong is asked for
 * when ask is given (someone is typing), and is an error otherwise.
 */
export async function collectValues(
  collection: CollectionName,
  given: Record<string, string>,
  options: { root: string; today: string; ask?: Asker; say?: (line: string) => void },
): Promise<Collected> {
  const { required, optional, spanish } = inputsFor(collection);
  const isSpanish = new Set(spanish);
  const data: Record<string, unknown> = {};
  const errors: string[] = [];
  const set = (input: Input, value: unknown) => {
    if (input.path.length === 1) data[input.flag] = value;
    else data[input.path[0]!] = { ...(data[input.path[0]!] as object | undefined), [input.path[1]!]: value };
  };
  // Each Spanish text is asked right after its English (es-summary after summary).
  const spanishOf = (input: Input) => spanish.filter((es) => input.path.length === 1 && es.path[1] === input.flag);
  for (const input of [...required.flatMap((input) => [input, ...spanishOf(input)]), ...optional]) {
    const fallback = defaults(options.today)[input.flag];
    let raw = given[input.flag] ?? (options.ask ? undefined : fallback);
    if (raw === undefined && !(input.field.required || (isSpanish.has(input) && options.ask))) continue;
    for (;;) {
      if (raw === undefined && isSpanish.has(input)) {
        // Asked, but an empty answer leaves it for later: `npm run validate` warns until it is written.
        options.say?.(`\n${input.field.doc} (${input.path.join('.')}; press Enter to leave it for later)`);
        raw = (await options.ask!(`${input.flag}: `)).trim();
        if (raw === '') break;
      }
      if (raw === undefined) {
        if (!options.ask) {
          errors.push(`--${input.flag} is missing: ${input.field.doc} (${input.field.type})`);
          break;
        }
        options.say?.(`\n${input.field.doc}\n(${input.field.type})`);
        raw = (await options.ask(`${input.flag}${fallback ? ` [${fallback}]` : ''}: `)).trim() || fallback || '';
      }
      const value = parseAnswer(input, raw);
      const problem = checkAnswer(collection, input, value, options.root);
      if (!problem) {
        set(input, value);
        break;
      }
      if (!options.ask) {
        errors.push(`--${input.flag} "${raw}": ${problem}`);
        break;
      }
      options.say?.(problem);
      raw = undefined;
    }
  }
  // Fields in the order the schema lists them, as the guide and the comments explain them.
  const order = fieldsOf(collection).map((f) => f.name);
  const ordered = Object.fromEntries(Object.entries(data).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
  return { data: ordered, errors };
}

/** The file name a record gets unless --id says otherwise. */
export function defaultId(collection: CollectionName, data: Record<string, unknown>): string {
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
  if (collection === 'statements') return [text('date').slice(0, 4), slugify(text('title'), 6)].filter(Boolean).join('-');
  if (collection === 'citations') return [text('publisher'), text('date'), slugify(text('title'), 6)].filter(Boolean).join('-');
  return slugify(text('name'));
}

const nouns: Record<CollectionName, string> = { statements: 'Statement', organizations: 'Organization', policies: 'Policy', citations: 'Cited work' };

/**
 * A statement starts from its source transcription as it is, so the file is never an empty page;
 * the editor then joins page breaks and turns note markers into [^N] (npm run import does both).
 */
export function scaffoldFile(collection: CollectionName, id: string, data: Record<string, unknown>, today: string, sourceText = ''): string {
  const fields = fieldsOf(collection).filter((f) => f.name !== 'questions');
  const header = [
    `${nouns[collection]} "${id}", started with \`npm run new\` on ${today}.`,
    'Each field is explained above it. Optional fields are commented out: remove the "# " to use one.',
    '`npm run validate` checks the file; content/README.md has a complete example.',
    ...(collection === 'statements'
      ? ["The text below the closing --- line is the source transcription as it is: join sentences cut by page breaks and turn note markers into [^1] notes (npm run import does this for you)."]
      : []),
  ];
  const yaml = scaffoldYaml(header, fields, data);
  return collection === 'statements' ? `---\n${yaml}---\n\n${sourceText.trim()}\n` : yaml;
}
