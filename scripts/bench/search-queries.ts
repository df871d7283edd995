// Realistic queries for the search-rank benchmark (scripts/bench/search-ranks.ts): what a reader
// types, and the page they want. Kept apart from the script so adding a query is adding a line.
export interface RankQuery {
  query: string;
  kind: string;
  /** The page the reader wants, as a site path. */
  wanted: string;
}

const org = (id: string) => `/organizations/${id}/`;
const policy = (id: string) => `/policies/${id}/`;
const s2017 = '/statements/2017-standing-up-to-harmful-policies/';
const s2019 = '/statements/2019-guatemala-border-externalization/';

export const rankQueries: RankQuery[] = [
  { query: 'ACNUR', kind: 'acronym (es)', wanted: org('unhcr') },
  { query: 'KIND', kind: 'acronym', wanted: org('kids-in-need-of-defense') },
  { query: 'WOLA', kind: 'acronym', wanted: org('wola') },
  { query: 'CISPES', kind: 'acronym', wanted: org('committee-in-solidarity-with-the-people-of-el-salvador') },
  { query: 'UNHCR', kind: 'acronym', wanted: org('unhcr') },
  { query: 'CBP', kind: 'acronym', wanted: org('cbp') },
  { query: 'IMUMI', kind: 'acronym', wanted: org('instituto-para-las-mujeres-en-la-migracion') },
  { query: 'Washington Office on Latin America', kind: 'organization', wanted: org('wola') },
  { query: 'Human Rights First', kind: 'organization', wanted: org('human-rights-first') },
  { query: 'Families Belong Together Mexico', kind: 'organization', wanted: org('families-belong-together-mexico') },
  { query: 'Pop Noj', kind: 'organization', wanted: org('asociacion-pop-noj') },
  { query: 'Pop Noj', kind: 'what it signed', wanted: s2019 },
  { query: 'Amnistía Internacional', kind: 'organization (es)', wanted: org('amnesty-international') },
  { query: 'Homeland Security', kind: 'organization', wanted: org('dhs') },
  { query: 'Departamento de Seguridad Nacional', kind: 'organization (es)', wanted: org('dhs') },
  { query: 'Washington Post', kind: 'organization', wanted: org('washington-post') },
  { query: 'Washington Post', kind: 'what cites it', wanted: s2019 },
  { query: 'McAleenan', kind: 'person', wanted: s2019 },
  { query: 'Degenhart', kind: 'person', wanted: s2019 },
  { query: 'Tillerson', kind: 'person', wanted: s2017 },
  { query: 'Burgi-Palomino', kind: 'person', wanted: s2017 },
  { query: 'El Salvador', kind: 'place', wanted: s2017 },
  { query: 'El Salvador', kind: 'place', wanted: s2019 },
  { query: 'Nebaj', kind: 'place', wanted: s2019 },
  { query: 'Honduras', kind: 'place', wanted: s2017 },
  { query: 'Costa Rica', kind: 'place', wanted: s2019 },
  { query: 'Remain in Mexico', kind: 'policy', wanted: policy('migrant-protection-protocols') },
  { query: 'Muslim ban', kind: 'policy (common name)', wanted: policy('eo-13769') },
  { query: 'travel ban', kind: 'policy (common name)', wanted: policy('eo-13769') },
  { query: 'Asylum Cooperative Agreements', kind: 'policy (official name)', wanted: policy('safe-third-country-agreements') },
  { query: 'border wall executive order', kind: 'policy (common name)', wanted: policy('eo-13767') },
  { query: 'sanctuary cities', kind: 'policy (common name)', wanted: policy('eo-13768') },
  { query: 'DACA', kind: 'policy', wanted: policy('daca') },
  { query: 'Quédate en México', kind: 'policy (es)', wanted: policy('migrant-protection-protocols') },
  { query: 'tercer país seguro', kind: 'policy (es)', wanted: policy('safe-third-country-agreements') },
  { query: 'veto migratorio', kind: 'policy (es)', wanted: policy('eo-13769') },
  { query: 'Acción Diferida para los Llegados en la Infancia', kind: 'policy (es)', wanted: policy('daca') },
  { query: 'Alianza para la Prosperidad', kind: 'policy (es)', wanted: policy('alliance-for-prosperity') },
  { query: 'Plan Frontera Sur', kind: 'policy (es)', wanted: policy('programa-frontera-sur') },
  { query: 'Guardia Nacional', kind: 'organization (es)', wanted: org('mexico-national-guard') },
  { query: 'guatamala', kind: 'typo', wanted: s2019 },
  { query: 'Tillerzon', kind: 'typo', wanted: s2017 },
  { query: 'metring', kind: 'typo', wanted: policy('metering') },
  { query: 'Homland Securty', kind: 'typo', wanted: org('dhs') },
  { query: 'guatamala border', kind: 'typo', wanted: s2019 },
  { query: 'Degenhardt', kind: 'typo', wanted: s2019 },
  { query: '"safe third country"', kind: 'phrase', wanted: policy('safe-third-country-agreements') },
  { query: '"family separation"', kind: 'phrase', wanted: s2019 },
  { query: 'family separation', kind: 'words', wanted: '/cited-works/dhs-oig-2018-09-oig-18-84-family-separation/' },
  { query: '"Remain in Mexico"', kind: 'phrase', wanted: policy('migrant-protection-protocols') },
];
