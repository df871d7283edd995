// The page's words for its scripts (src/i18n/script-words.ts puts them in the page as JSON):
// word('script.copied', { what: 'the link' }).
import type { ScriptWordKey } from '../i18n/script-words.ts';

let words: Record<string, string> | undefined;

export function word(key: ScriptWordKey, values: Record<string, string> = {}): string {
  words ??= JSON.parse(document.getElementById('interface-words')?.textContent || '{}') as Record<string, string>;
  return (words[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
