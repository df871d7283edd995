// Ids for new records, made from their names: the importer, the scaffolder and the validator's
// suggestions all name files the same way.
import { stripAccents } from './names.ts';

/** Words of a text for a file name: "Asociación Pop No'j" → "asociacion-pop-noj". */
export function slugify(value: string, maxWords = 8): string {
  return stripAccents(value)
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/**
 * Ids no record may take, in one place for `npm run new`, `npm run import` and the validator:
 * device names Windows keeps for itself (a file con.md cannot be created or checked out there),
 * and the page every collection's folder already has (/statements/index.html is the list).
 */
const deviceNames = new Set(['con', 'prn', 'aux', 'nul', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])]);
const routeNames = new Set(['index']);

/** Why an id is reserved ("it is a device name on Windows, …"), or undefined when it is free. */
export function reservedId(id: string): string | undefined {
  // Windows refuses a device name whatever follows its first dot: con.md, con.backup.md.
  const stem = id.toLowerCase().split('.')[0]!.trimEnd();
  const it = !id.includes('.') ? 'it' : `its first part, "${stem}",`;
  if (deviceNames.has(stem)) return `${it} is a device name on Windows, where no file can be named so`;
  if (routeNames.has(id.toLowerCase())) return 'it is the name of the list page every collection\'s folder of the site already has';
  return undefined;
}

/** A free id for a reserved one: con → con-organization. */
export const freeId = (id: string, noun: string): string => (reservedId(id) ? `${id}-${noun}` : id);
