// The interface's English words. Every key here must exist, non-empty, in es.ts (the type checker
// says so), and be used somewhere in src/ (tests/unit/i18n checks it).
import { searchEn } from './search.en.ts';

export const en = {
  ...searchEn,
  'language.name': 'English',
  'language.switch': 'Español',
};
