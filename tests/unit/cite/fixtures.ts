// A tiny collection with one statement of each shape a citation must handle: signed by
// organizations, written by a person for a publisher, and issued by one organization alone.
import type { Collection, StatementRecord } from '../../../src/content/model.ts';
import { citationSchema, organizationSchema, policySchema, statementSchema } from '../../../src/content/schemas/index.ts';

const org = (name: string, type = 'ngo', extra: Record<string, unknown> = {}) => organizationSchema.parse({ name, type, ...extra });
const provenance = { source: 'content/sources/x.txt', description: 'Transcribed.', transcribed: '2026-11-23' };

export const organizations = new Map([
  ['kind', org('Kids in Need of Defense', 'legal-services', { acronym: 'KIND', countries: ['US'] })],
  ['pop-noj', org("Asociación Pop No'j", 'ngo', { countries: ['GT'] })],
  ['nebaj', org('Primer Alcalde de Alcaldía Indígena ixil de Nebaj, Quiché', 'indigenous-authority', { countries: ['GT'] })],
  ['wola', org('Washington Office on Latin America', 'ngo', { acronym: 'WOLA', website: 'https://www.wola.org/' })],
  ['cammina', org('CAMMINA', 'coalition', { aliases: ['Alianza para las Migraciones en Centroamérica y México'] })],
  ['lawgef', org('Latin America Working Group Education Fund', 'ngo', { affiliations: ['wola'] })],
  ['wapo', org('The Washington Post', 'news-outlet')],
  ['dhs', org('U.S. Department of Homeland Security', 'government-agency', { countries: ['US'] })],
]);

export const policies = new Map([
  ['moc', policySchema.parse({ name: 'DHS-Guatemala Memorandum of Cooperation', kind: 'agreement', date: '2019-05-31', countries: ['US', 'GT'], summary: 'Sends DHS agents to Guatemala.', identifiers: [{ scheme: 'DHS', value: 'MOC-2019' }] })],
  ['metering', policySchema.parse({ name: 'Metering', kind: 'practice', countries: ['US', 'MX'], summary: 'Limits on asylum at ports of entry.' })],
]);

export const citations = new Map([
  ['wola-agents', citationSchema.parse({ title: '80 Homeland Security Agents to Guatemala?', publisher: 'wola', date: '2019-06-05', url: 'https://www.wola.org/analysis/80-agents/', language: 'en', kind: 'ngo' })],
  ['wapo-agents', citationSchema.parse({ title: 'DHS agents to Mexico-Guatemala border', publisher: 'wapo', date: '2019-05-31', url: 'https://www.washingtonpost.com/x', language: 'en', kind: 'news' })],
  ['undated', citationSchema.parse({ title: 'Press Release', publisher: 'dhs', url: 'https://www.dhs.gov/news/x', language: 'en', kind: 'government' })],
]);

const record = (id: string, data: Record<string, unknown>, extra: Partial<StatementRecord> = {}): StatementRecord => ({
  id, data: statementSchema.parse({ provenance, ...data }), passages: [], noteReferences: [], noteTexts: [], lostLinks: 0, ...extra,
});

export const joint = record('2019-joint', {
  title: 'Civil Society Organizations Express Deep Concern',
  date: '2019-06-13',
  kind: 'joint-statement',
  language: 'en',
  summary: 'Organizations object to the memorandum.',
  policies: ['moc', 'metering'],
  signatories: [
    { group: 'United States', organizations: [{ id: 'kind', printed: 'Kids in Need of Defense (KIND)' }, 'wola'] },
    { group: 'Guatemala', organizations: ['pop-noj', 'nebaj'] },
  ],
  notes: [{ note: 1, citations: ['wapo-agents', 'wola-agents'] }, { note: 2, citations: ['wola-agents'] }],
}, {
  passages: [{ number: 1, text: 'On May 31, 2019, the U.S. signed a memorandum, "to deploy" agents.' }],
  noteTexts: [{ note: 1, label: '1', text: 'Washington Post, May 31, 2019.' }, { note: 2, label: '2', text: 'WOLA, June 5, 2019.' }],
});

export const editorial = record('2017-editorial', {
  title: 'Standing up to President Trump’s Harmful Policies',
  date: '2017-02',
  kind: 'editorial',
  language: 'en',
  summary: 'An editorial.',
  authors: [{ name: 'Daniella Burgi-Palomino', role: 'Senior Associate', affiliation: 'lawgef' }],
  publisher: 'cammina',
});

export const pressRelease = record('2018-press', {
  title: 'Comunicado de prensa',
  date: '2018',
  kind: 'press-release',
  language: 'es',
  summary: 'A press release.',
  publisher: 'wola',
});

export const collection: Collection = {
  statements: [joint, editorial, pressRelease],
  organizations,
  policies,
  citations,
};

export const site = new URL('https://statements.example.org');

/** The organization names the joint statement's signatories print, in order. */
export const signatoryNames = ['Kids in Need of Defense', 'Washington Office on Latin America', "Asociación Pop No'j", 'Primer Alcalde de Alcaldía Indígena ixil de Nebaj, Quiché'];
