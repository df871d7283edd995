// Las palabras de la interfaz en español: las mismas claves que en.ts.
import type { Messages } from './messages.ts';

export const es: Messages = {
  'language.name': 'Español',
  'language.switch': 'English',
};
