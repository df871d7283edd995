// Wires the collection registry (src/content/collections.ts) to Astro's content layer: each
// collection's folder, extension and schema come from there. Astro's store keeps what pages read
// (the data and the rendered text), not each file's raw text: nothing reads an entry's body, and at
// 1,000 statements the bodies were a fifth of the store every build loads before its first page.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionDir, collections as registry, type CollectionName } from './content/collections.ts';

const loader = (name: CollectionName) => glob({ pattern: `*${registry[name].extension}`, base: collectionDir(name), retainBody: false });

export const collections = {
  statements: defineCollection({ loader: loader('statements'), schema: registry.statements.schema }),
  organizations: defineCollection({ loader: loader('organizations'), schema: registry.organizations.schema }),
  policies: defineCollection({ loader: loader('policies'), schema: registry.policies.schema }),
  citations: defineCollection({ loader: loader('citations'), schema: registry.citations.schema }),
};
