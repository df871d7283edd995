// `npm run import`: a statement pasted out of a PDF or a word processor becomes a draft statement,
// plus draft records for the organizations, policies and cited works the collection lacks. Pure: the
// caller reads the files and writes the result (scripts/import.ts).
import { readByline } from './byline.ts';
import { addressesIn, draftCitation, type KnownCitation } from './citations.ts';
import { detectLanguage } from './language.ts';
import { findMentions, policyCandidates, type Named } from './mentions.ts';
import { matchOrganization, namesOf, organizationIndex, type KnownOrganization } from './organizations.ts';
import { ask, type Question } from './questions.ts';
import { citationDraft, organizationDraft, policyDraft } from './records.ts';
import { readTextParts, type TextParts } from './text-parts.ts';
import type { CollectionName } from '../../content/collections.ts';
import { plural } from '../../lib/plural.ts';
import { allowedValues } from '../new/fields.ts';
import { uniqueId } from './text.ts';
import { slugify } from '../../lib/slugs.ts';

export interface Known {
  organizations: KnownOrganization[];
  policies: Named[];
  citations: KnownCitation[];
  /** Statement ids, each with its provenance.source. */
  statements: Map<string, string | undefined>;
}

/** A record to write, with the YAML comments that go with it: above the record, and at fields. */
export interface Draft {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  header: string[];
  comments: Map<string, string>;
  body?: string;
}

export interface ImportResult {
  statement: Draft;
  drafts: Draft[];
  questions: Question[];
  parts: TextParts;
  /** Note labels with the ids of the works each cites, in reading order. */
  citations: { note: string; ids: string[] }[];
}

export interface ImportOptions {
  /** The path provenance.source gets: content/sources/<file>. */
  sourcePath: string;
  today: string;
  slug?: string;
  /** What the editor gave, for provenance.description: "a Word document"; "a pasted text" by default. */
  from?: string;
}

const key = (path: (string | number)[]) => path.join('.');

export function importStatement(source: string, known: Known, options: ImportOptions): ImportResult {
  const parts = readTextParts(source);
  const questions: Question[] = [...parts.questions];
  const comments = new Map<string, string>();
  const drafts: Draft[] = [];
  const index = organizationIndex(known.organizations);
  const takenOrganizations = new Set(known.organizations.map((o) => o.id));
  const takenCitations = new Set(known.citations.map((c) => c.id));
  const takenPolicies = new Set(known.policies.map((p) => p.id));
  const data: Record<string, unknown> = {};

  data['title'] = parts.title ?? null;
  if (parts.titlePrinted) comments.set('title', `printed as: ${parts.titlePrinted}`);
  data['date'] = parts.date?.value ?? null;
  if (parts.date) comments.set('date', `read from the line "${parts.dateLine ?? parts.date.printed}", which is not kept in the text`);
  else questions.push(ask('The source prints no date on a line of its own. Write the date (YYYY-MM-DD, or YYYY-MM or YYYY if that is all that is known), and say in dateNote how you know it.', ['date'], true));

  const hasList = parts.signatories.length > 0;
  const byline = parts.paragraphs[0] ? readByline(parts.paragraphs[0], index) : undefined;
  data['kind'] = hasList ? 'joint-statement' : null;
  if (hasList) questions.push(ask('Is this a joint statement? "kind: joint-statement" was chosen because a list of signatories follows the text.', ['kind']));
  else questions.push(ask(`What kind of statement is this? Write one of: ${allowedValues('statements', 'kind').join(', ')}.${byline ? ' It has an author\'s line under the title.' : ''}`, ['kind'], true));

  const language = detectLanguage(parts.paragraphs.join(' '));
  data['language'] = language ?? null;
  if (language) comments.set('language', 'told by the most common words of the text');
  else questions.push(ask(`The language of the text is unclear: write its code (${allowedValues('statements', 'language').join(', ')}).`, ['language'], true));

  if (byline) {
    data['authors'] = [byline.author];
    questions.push(ask(`Check the author read from the line under the title, "${byline.printed}": name, role (the position as printed) and affiliation (an organization id)${byline.author.affiliation ? '' : ', which matched no organization'}.`, ['authors']));
  }

  const signatoryIds = new Set<string>();
  if (hasList) {
    data['signatories'] = parts.signatories.map((group, g) => ({
      group: group.heading ?? 'Signatories',
      organizations: group.names.map(({ printed, line }, n) => {
        const match = matchOrganization(printed, index);
        let id: string;
        if (match.kind === 'matched') id = match.id;
        else if (match.kind === 'ambiguous') {
          id = match.ids[0]!;
          questions.push(ask(`The signatory "${printed}" (source line ${line}) could be any of ${match.ids.join(', ')}; ${id} was chosen. Use the right id.`, ['signatories', g, 'organizations', n]));
        } else {
          id = uniqueId(slugify(match.name), takenOrganizations);
          drafts.push(organizationDraft(id, match, group.countries, printed, index.byId.get(match.suggestion ?? '')));
          questions.push(ask(`The signatory "${printed}" (source line ${line}) matched no organization, so content/organizations/${id}.yaml was drafted.${match.suggestion ? ` If it is "${index.byId.get(match.suggestion)!.name}" (${match.suggestion}) under another name, use that id here, add the printed name to its aliases, and delete the draft.` : ' Complete the draft, or use the id of an existing organization if it is one under another name.'}`, ['signatories', g, 'organizations', n]));
        }
        signatoryIds.add(id);
        const name = index.byId.get(id)?.name ?? (match.kind === 'unknown' ? match.name : printed);
        return printed === name ? id : { id, printed };
      }),
    }));
  }

  const policies = findMentions(parts.paragraphs, known.policies);
  if (policies.length > 0) {
    data['policies'] = policies.map((m) => m.id);
    policies.forEach((m, i) => comments.set(key(['policies', i]), `"${m.printed}", paragraph ${m.paragraph}`));
    questions.push(ask(`Check the policies, found by their names in the text: ${policies.map((m) => `${m.id} ("${m.printed}")`).join(', ')}. Remove any the text only mentions in passing, and add any it discusses under other words.`, ['policies']));
  }
  for (const candidate of policyCandidates(parts.paragraphs, policies)) {
    const id = uniqueId(slugify(candidate.printed), takenPolicies);
    drafts.push(policyDraft(id, candidate.printed, candidate.paragraph));
    questions.push(ask(`Is "${candidate.printed}" (paragraph ${candidate.paragraph}) a policy the statement discusses? It matched no policy, so content/policies/${id}.yaml was drafted: complete it and add ${id} to policies, or delete the draft.`, ['policies']));
  }

  // Signatories, authors' organizations and the author's line itself are not the text's actors.
  const ignore = new Set([...signatoryIds, ...(byline?.author.affiliation ? [byline.author.affiliation] : [])]);
  const named = known.organizations.map((o) => ({ id: o.id, names: namesOf(o) }));
  const actors = findMentions(byline ? ['', ...parts.paragraphs.slice(1)] : parts.paragraphs, named, ignore);
  if (actors.length > 0) {
    data['actors'] = actors.map((m) => m.id);
    actors.forEach((m, i) => comments.set(key(['actors', i]), `"${m.printed}", paragraph ${m.paragraph}`));
    questions.push(ask(`Check the actors, the organizations the text names (not its signatories or authors): ${actors.map((m) => m.id).join(', ')}.`, ['actors']));
  }

  data['summary'] = null;
  questions.push(ask('Write a summary: two to four sentences on who says what, in the statement\'s language or in English.', ['summary'], true));

  const citations: ImportResult['citations'] = [];
  const citationByUrl = new Map([...known.citations].reverse().map((c) => [c.url, c.id]));
  const statementLanguage = language ?? 'en';
  data['notes'] = parts.notes.map((note) => {
    const addresses = addressesIn(note.text);
    if (addresses.length === 0) {
      const noteLanguage = detectLanguage(note.text, 3);
      questions.push(ask(`Note ${note.label} prints no web address, so it was taken as an explanatory note that cites no work. If it cites one (a book, a report without an address), create the citation (npm run new -- citation) and list it under this note instead of kind: explanatory.`, ['notes']));
      citations.push({ note: note.label, ids: [] });
      return { note: noteLabel(note.label), kind: 'explanatory', ...(noteLanguage && noteLanguage !== statementLanguage ? { language: noteLanguage } : {}) };
    }
    const ids = addresses.map((address) => {
      const existing = citationByUrl.get(address.url);
      if (existing) return existing;
      const draft = draftCitation(address, { organizations: known.organizations, language: statementLanguage, taken: takenCitations });
      citationByUrl.set(address.url, draft.id); // a work cited by several notes is drafted once
      drafts.push(citationDraft(draft, note.label));
      questions.push(ask(`Note ${note.label} cites ${address.url}, which no citation has, so content/citations/${draft.id}.yaml was drafted from the note's words: check ${draft.readFrom.length ? draft.readFrom.join(', ') : 'every field'}, and fill in what is empty.`, ['notes']));
      return draft.id;
    });
    citations.push({ note: note.label, ids });
    return { note: noteLabel(note.label), citations: ids };
  });
  if (parts.notes.length === 0) delete data['notes'];

  data['provenance'] = {
    source: options.sourcePath,
    description: provenanceDescription(parts, options.from ?? 'a pasted text'),
    transcribed: options.today,
  };
  questions.push(ask('Say in provenance.description where the text comes from (published on a website, circulated by its signatories …); the import only wrote what it changed.', ['provenance', 'description']));
  if (parts.lostLinks.length > 0) {
    comments.set('provenance', `links whose target was lost, marked [words](#): ${parts.lostLinks.map((l) => `"${l.words}"`).join(', ')}`);
  }

  const open = questions.filter((q) => !q.blocking).map((q) => q.text);
  if (open.length > 0) data['questions'] = open;
  // Gathered per field, then joined once: joining as they come copies a field's comment per question.
  const asked = Map.groupBy(questions.filter((q) => q.field), (q) => key(q.field!));
  for (const [at, list] of asked) comments.set(at, [comments.get(at), ...list.map((q) => `QUESTION: ${q.text}`)].filter(Boolean).join('\n'));

  const year = String(data['date'] ?? '').slice(0, 4);
  // Never a silent -2 beside an existing statement: the writer refuses a file that exists.
  const slug = options.slug ?? uniqueId([year, slugify(parts.title ?? 'statement', 6)].filter(Boolean).join('-'), new Set());
  const statement: Draft = {
    collection: 'statements',
    id: slug,
    data,
    header: [
      `Draft made by \`npm run import\` from ${options.sourcePath} on ${options.today}.`,
      `Answer each question (in "questions" below and in the comments), then delete it: \`npm run validate\``,
      'lists what is still open, and the site is not built until nothing is. The text below the fields is',
      'the source word for word: correct it only where the import went wrong.',
    ],
    comments,
    body: parts.body,
  };
  return { statement, drafts, questions, parts, citations };
}

/** Numbered labels are written as numbers (note: 3), others as text (note: "*"). */
const noteLabel = (label: string): number | string => (/^\d+$/.test(label) ? Number(label) : label);

function provenanceDescription(parts: TextParts, from: string): string {
  const done = [
    parts.joins.length ? `${plural(parts.joins.length, 'paragraph')} cut by page breaks ${parts.joins.length === 1 ? 'was' : 'were'} joined again` : '',
    parts.furniture.length ? `${plural(parts.furniture.length, 'line')} of page furniture (running heads, running feet, page numbers) ${parts.furniture.length === 1 ? 'was' : 'were'} dropped` : '',
    parts.notes.length ? (parts.notes.length === 1 ? 'the note became a linked note' : `${parts.notes.length} notes became linked notes`) : '',
    parts.lostLinks.length ? `${plural(parts.lostLinks.length, 'link')} whose target was lost ${parts.lostLinks.length === 1 ? 'is' : 'are'} marked "link lost"` : '',
  ].filter(Boolean);
  return `Transcription imported from ${from}${done.length ? `; ${done.join('; ')}` : ''}.`;
}
