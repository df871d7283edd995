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
