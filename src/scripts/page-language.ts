// The page's language in the browser, in one small module every script shares: the words its
// scripts say (src/i18n/script-words.ts puts them in the page as JSON: word('script.copied', { what })),
// and the language switch, a link to the same page in the other language that works without
// JavaScript; with it, the link also keeps the reader's place (#p-3, #fn-12) and a search's query and
// filters (?q=…, read in either language: src/search/aliases.ts), which only the browser knows.
import type { ScriptWordKey } from '../i18n/script-words.ts';

let words: Record<string, string> | undefined;

export function word(key: ScriptWordKey, values: Record<string, string> = {}): string {
  words ??= JSON.parse(document.getElementById('interface-words')?.textContent || '{}') as Record<string, string>;
  return (words[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

document.querySelector<HTMLAnchorElement>('[data-language-switch]')?.addEventListener('click', (event) => {
  const link = event.currentTarget as HTMLAnchorElement;
  link.search = location.search;
  link.hash = location.hash;
});
