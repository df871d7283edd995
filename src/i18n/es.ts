// Las palabras de la interfaz en español: las mismas claves que en.ts.
import type { Messages } from './messages.ts';
import { searchEs } from './search.es.ts';

export const es: Messages = {
  ...searchEs,
  'language.name': 'Español',
  'language.switch': 'English',
};
