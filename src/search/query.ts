// What a query asks for: its words, and the phrases the reader put in double quotes, which a
// result must hold word for word (Pagefind's own quote handling only turns off stemming).
import { normalize } from './normalize.ts';

export interface ParsedQuery {
  /** The query without quote marks, as typed. */
  text: string;
  /** Quoted phrases, normalized; a result must hold each one. */
  phrases: string[];
}

const quotes = /["“”„«»]([^"“”„«»]+)["“”„«»]/g;

export function parseQuery(query: string): ParsedQuery {
  const phrases = [...query.matchAll(quotes)].map((m) => normalize(m[1] ?? '')).filter(Boolean);
  return { text: query.replace(/["“”„«»]/g, ' ').replace(/\s+/g, ' ').trim(), phrases };
}

/** Whether a page's text holds every phrase as whole words in that order. */
export function holdsPhrases(content: string, phrases: string[]): boolean {
  if (phrases.length === 0) return true;
  const text = ` ${normalize(content)} `;
  return phrases.every((p) => text.includes(` ${p} `));
}
