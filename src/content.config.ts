// Wires the content model (src/content/schemas) to Astro's content layer.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { citationSchema, organizationSchema, policySchema, statementSchema } from './content/schemas/index.ts';
import { collectionDir } from './content/paths.ts';

const statements = defineCollection({
  loader: glob({ pattern: '*.md', base: collectionDir('statements') }),
  schema: statementSchema,
});
const organizations = defineCollection({
  loader: glob({ pattern: '*.yaml', base: collectionDir('organizations') }),
  schema: organizationSchema,
});
const policies = defineCollection({
  loader: glob({ pattern: '*.yaml', base: collectionDir('policies') }),
  schema: policySchema,
});
const citations = defineCollection({
  loader: glob({ pattern: '*.yaml', base: collectionDir('citations') }),
  schema: citationSchema,
});

export const collections = { statements, organizations, policies, citations };
