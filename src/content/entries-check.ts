// The validator lists collection files itself (src/content/files.ts) while Astro's glob loader lists
// them for the build. Should the two ever disagree, publishing unchecked content or dropping checked
// content, the build stops here with the names of the files instead of going on.
import { collectionNames, collections, type CollectionName } from './collections.ts';
import { listCollection } from './files.ts';

/** The ids each collection should have according to the validated files, or undefined when Astro agrees. */
export function entriesMismatch(loaded: Record<CollectionName, readonly { id: string }[]>, root?: string): string | undefined {
  const faults: string[] = [];
  for (const collection of collectionNames) {
    const expected = new Set(listCollection(collection, root).files.map((file) => file.entryId));
    const actual = new Set(loaded[collection].map((entry) => entry.id));
    const unchecked = [...actual].filter((id) => !expected.has(id));
    const dropped = [...expected].filter((id) => !actual.has(id));
    const { folder } = collections[collection];
    if (unchecked.length) faults.push(`Astro loaded ${folder}/ entries the validator never checked: ${unchecked.join(', ')}.`);
    if (dropped.length) faults.push(`Astro did not load ${folder}/ entries the validator checked: ${dropped.join(', ')}.`);
  }
  return faults.length ? faults.join(' ') : undefined;
}

/** Stops the build when Astro's entries are not exactly the validated files. */
export function assertValidatedEntries(loaded: Record<CollectionName, readonly { id: string }[]>, root?: string): void {
  const mismatch = entriesMismatch(loaded, root);
  if (mismatch) {
    throw new Error(`The build stopped: the content Astro read is not the content that was checked. ${mismatch} Run npm run validate and fix what it reports; if it reports nothing, tell the developers.`);
  }
}
