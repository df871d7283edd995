// A deterministic synthetic collection for the benchmark, as neutral JSON in the same shape as
// ../shared/bench-peers/gen-corpus.mjs writes, so one adapter (content.ts) serves both.
// Same size and seed give byte-identical output: all randomness comes from a seeded sfc32.

export interface CorpusSource { publisher: string; title: string; date: string; url: string }
export interface CorpusStatement {
  id: string;
  slug: string;
  title: string;
  date: string;
  kind: string;
  signatories: string[];
  policies: string[];
  actors?: string[];
  paragraphs: string[];
  footnotes: { n: number; sources: CorpusSource[] }[];
}
export interface Corpus {
  orgs: { id: string; name: string; country: string }[];
  policies: { id: string; name: string }[];
  statements: CorpusStatement[];
}

function sfc32(a: number, b: number, c: number, d: number) {
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['US', 'MX', 'GT', 'HN', 'SV', 'NI', 'CR', 'PA', 'BZ', 'CO'];
const PLACES = ['Tijuana', 'Ciudad Juárez', 'El Paso', 'Nogales', 'Tapachula', 'Tecún Umán', 'San Pedro Sula',
  'Tegucigalpa', 'San Salvador', 'Guatemala City', 'Quetzaltenango', 'Chiapas', 'Oaxaca', 'Matamoros',
  'Reynosa', 'Brownsville', 'San Diego', 'Tucson', 'Houston', 'Los Angeles', 'Chicago', 'New York',
  'Washington', 'Managua', 'San José', 'Darién', 'Monterrey', 'Mexicali', 'Piedras Negras', 'Laredo'];
const ORG_ADJ = ['Migrant', 'Refugee', 'Human Rights', 'Legal', 'Asylum', 'Border', 'Immigrant', 'Community',
  'Faith', 'Labor', 'Women’s', 'Youth', 'Indigenous', 'Humanitarian', 'Solidarity', 'Justice', 'Family'];
const ORG_NOUN = ['Network', 'Coalition', 'Alliance', 'Center', 'Project', 'Committee', 'Collective', 'Council',
  'Institute', 'Association', 'Forum', 'Initiative', 'Clinic', 'Observatory', 'Shelter', 'Foundation'];
const PUBLISHERS = ['UNHCR', 'Human Rights First', 'WOLA', 'Amnesty International', 'Human Rights Watch',
  'Médecins Sans Frontières', 'Migration Policy Institute', 'Department of Homeland Security', 'Department of State',
  'Customs and Border Protection', 'Government Accountability Office', 'Gobierno de México', 'La Jornada',
  'The Washington Post', 'The New York Times', 'Reuters', 'Associated Press', 'Animal Político', 'El Faro',
  'Plaza Pública', 'Congressional Research Service', 'Kids in Need of Defense', 'Women’s Refugee Commission'];
const POLICY_FIXED = ['Migrant Protection Protocols', 'Metering', 'Title 42 Expulsions', 'Safe Third Country Agreement',
  'Asylum Cooperative Agreement', 'Programa Frontera Sur', 'Central American Minors Program', 'Zero Tolerance Policy',
  'Family Detention', 'Deferred Action for Childhood Arrivals', 'Temporary Protected Status', 'Alliance for Prosperity',
  'Circumvention of Lawful Pathways Rule', 'CBP One Appointments', 'Humanitarian Parole Program'];
const POLICY_TOPIC = ['Asylum', 'Border', 'Detention', 'Deportation', 'Return', 'Visa', 'Reception', 'Enforcement',
  'Protection', 'Repatriation', 'Processing', 'Parole'];
const POLICY_INSTR = ['Act', 'Rule', 'Agreement', 'Memorandum', 'Program', 'Executive Order', 'Plan', 'Directive'];
const NOUNS = ('people policy rights government protection law families children asylum border procedure access '
  + 'support decision country community safety evidence report measure court authority agreement detention '
  + 'deportation return cooperation funding capacity shelter aid review oversight accountability violence '
  + 'route journey crossing checkpoint port entry hearing backlog delay budget staff agency program').split(' ');
const ADJS = ('new current proposed existing fair humane safe legal arbitrary unlawful serious urgent regional '
  + 'national federal vulnerable unaccompanied undocumented temporary mandatory punitive dangerous '
  + 'transparent accountable comprehensive durable basic fundamental').split(' ');
const VERBS = 'undermines weakens ensures limits restricts expands removes requires denies delays violates protects threatens ignores'.split(' ');
const ASKS = 'end suspend restore protect uphold review fund investigate publish halt reconsider expand'.split(' ');
const OFFICIALS = ['the Department of Homeland Security', 'Congress', 'the Government of Mexico', 'the Government of Guatemala',
  'the Secretary of State', 'the Administration', 'the Instituto Nacional de Migración', 'regional governments'];

export function generateCorpus(n: number, seed = 20261123): Corpus {
  const rnd = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, seed >>> 0);
  for (let i = 0; i < 20; i++) rnd();
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const pad = (x: number, w: number) => String(x).padStart(w, '0');
  const sample = <T>(xs: readonly T[], k: number): T[] => {
    const idx = new Set<number>();
    while (idx.size < Math.min(k, xs.length)) idx.add(Math.floor(rnd() * xs.length));
    return [...idx].map((i) => xs[i]!);
  };
  const slugify = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const isoDate = (offset: number) => new Date(Date.UTC(2015, 0, 1 + offset)).toISOString().slice(0, 10);

  const orgs: Corpus['orgs'] = [];
  const seen = new Set<string>();
  while (orgs.length < 2000) {
    const place = pick(PLACES);
    const name = rnd() < 0.5 ? `${pick(ORG_ADJ)} ${pick(ORG_NOUN)} of ${place}` : `${place} ${pick(ORG_ADJ)} ${pick(ORG_NOUN)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    orgs.push({ id: `org-${pad(orgs.length + 1, 4)}`, name, country: pick(COUNTRIES) });
  }
  const policies: Corpus['policies'] = POLICY_FIXED.map((name, i) => ({ id: `pol-${pad(i + 1, 3)}`, name }));
  const policyNames = new Set(POLICY_FIXED);
  while (policies.length < 150) {
    const name = `${pick(['U.S.', 'Mexico', 'Guatemala', 'Honduras', 'El Salvador'])} ${pick(POLICY_TOPIC)} ${pick(POLICY_INSTR)} of ${int(2012, 2025)}`;
    if (policyNames.has(name)) continue;
    policyNames.add(name);
    policies.push({ id: `pol-${pad(policies.length + 1, 3)}`, name });
  }

  const sentence = (policy: string) => {
    const t = int(0, 4);
    const np = () => `the ${pick(ADJS)} ${pick(NOUNS)}`;
    if (t === 0) return `The ${policy} ${pick(VERBS)} ${np()} of ${pick(NOUNS)} and ${pick(NOUNS)} in ${pick(PLACES)}.`;
    if (t === 1) return `We call on ${pick(OFFICIALS)} to ${pick(ASKS)} ${np()} and to ${pick(ASKS)} ${np()}.`;
    if (t === 2) return `Since ${int(2014, 2024)}, ${np()} ${pick(VERBS)} ${np()} for ${int(2, 90)},000 people waiting in ${pick(PLACES)}.`;
    if (t === 3) return `Reports from ${pick(PLACES)} show that ${np()} ${pick(VERBS)} ${np()}, and ${np()} ${pick(VERBS)} ${np()}.`;
    return `No ${pick(NOUNS)} should ${pick(ASKS)} ${np()} without ${np()} or ${np()}.`;
  };

  const statements: CorpusStatement[] = [];
  for (let s = 1; s <= n; s++) {
    const kind = pick(['joint-statement', 'joint-statement', 'letter', 'editorial', 'press-release']);
    const pols = sample(policies, int(1, 5));
    const title = `${pick(['Organizations Condemn', 'Civil Society Responds to', 'Concerns About', 'Letter on', 'Groups Urge an End to'])} the ${pols[0]!.name}`;
    const date = isoDate(int(0, 4017));
    const paragraphs: string[][] = [];
    const nPara = int(4, 10);
    const perPara = Math.ceil(int(600, 1500) / nPara);
    for (let p = 0; p < nPara; p++) {
      const sentences = p === 0 ? [`The undersigned organizations write about the ${pols.map((x) => x.name).join(', the ')}.`] : [];
      let words = 0;
      while (words < perPara) { const x = sentence(pick(pols).name); sentences.push(x); words += x.split(' ').length; }
      paragraphs.push(sentences);
    }
    const places = paragraphs.flatMap((ss, pi) => ss.map((_, si) => [pi, si] as const));
    const chosen = sample(places, int(3, 15)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const footnotes = chosen.map(([pi, si], k) => {
      paragraphs[pi]![si] = paragraphs[pi]![si]!.replace(/\.$/, `.[[fn:${k + 1}]]`);
      const sources = Array.from({ length: rnd() < 0.7 ? 1 : 2 }, () => {
        const publisher = rnd() < 0.75 ? pick(PUBLISHERS) : pick(orgs).name;
        const srcTitle = `${pick(['Report on', 'Analysis of', 'Testimony on', 'Data on'])} ${pick(ADJS)} ${pick(NOUNS)} under the ${pick(pols).name}`;
        const srcDate = isoDate(Math.max(0, int(0, 4017) - 300));
        return { publisher, title: srcTitle, date: srcDate, url: `https://${slugify(publisher).slice(0, 30)}.org/${srcDate.slice(0, 4)}/${slugify(srcTitle).slice(0, 60)}` };
      });
      return { n: k + 1, sources };
    });
    statements.push({
      id: `stmt-${pad(s, 5)}`,
      slug: `${slugify(title).slice(0, 70).replace(/-+$/, '')}-${pad(s, 5)}`,
      title, date, kind,
      signatories: kind === 'editorial' ? [] : sample(orgs, int(3, 40)).map((o) => o.id),
      policies: pols.map((p) => p.id),
      actors: rnd() < 0.5 ? [] : [pick(PUBLISHERS)],
      paragraphs: paragraphs.map((ss) => ss.join(' ')),
      footnotes,
    });
  }
  return { orgs, policies, statements };
}
