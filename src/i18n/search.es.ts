// Las palabras de la búsqueda en español: las mismas claves que search.en.ts.
import type { searchEn } from './search.en.ts';

export const searchEs: { [K in keyof typeof searchEn]: (typeof searchEn)[K] extends (...a: infer A) => string ? (...a: A) => string : string } = {
  'search.title': 'Buscar',
};
