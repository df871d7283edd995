// The words the browser scripts say (src/scripts/copy-link.ts, note-preview.ts), handed to them as
// JSON in the page (CiteThis.astro), so a script carries no catalogue and each page speaks its language.
// Templates hold {what} where the script puts its own value.
import type { Locale } from '../lib/locales.ts';
import { messages } from './messages.ts';

export const scriptWordKeys = [
  'script.copy', 'script.copyWhat', 'script.copied', 'script.copiedLink', 'script.copyLinkFailed', 'script.copyFailed', 'script.linkPrefix', 'script.note',
] as const;
export type ScriptWordKey = (typeof scriptWordKeys)[number];

/** The JSON the page carries; `<` is escaped so no text can end its element. */
export function scriptWords(locale: Locale): string {
  const t = messages(locale);
  return JSON.stringify(Object.fromEntries(scriptWordKeys.map((k) => [k, t[k]]))).replaceAll('<', '\\u003c');
}
