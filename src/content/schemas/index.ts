// The content model in one place: Astro's content config, the validator and the tests import from here.
export * from './common.ts';
export * from './organization.ts';
export * from './policy.ts';
export * from './citation.ts';
export * from './statement.ts';
