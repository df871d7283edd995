// One appearances index per build, shared by every entity page.
import { loadCollection } from './collection.ts';
import { buildAppearances, type Appearances } from './appearances.ts';

let cached: Promise<Appearances> | undefined;

export function loadAppearances(): Promise<Appearances> {
  cached ??= loadCollection().then(buildAppearances);
  return cached;
}
