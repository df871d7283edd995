// The validator's parsed statement texts, kept in the build cache (cache.ts) by the text itself, so
// a rebuild parses only the statements that changed: parsing is most of the validator's time, and
// the validator runs on the main thread before anything else. Only the parse is kept; every rule
// runs on every build, so a changed rule can never be answered from the cache.
import type { Root } from 'mdast';
import { jsonCodec, type BuildCache, type Codec } from './cache.ts';
import { openBuildCache } from './integration.ts';

/** What the validator asks for (src/validate/markdown.ts, TreeStore): a tree for a text, parsed or kept. */
export interface MarkdownTreeStore {
  tree(body: string, parse: (body: string) => Root): Root;
  /** "markdown-tree 1 computed, 999 reused", for the build log. */
  summary(): string;
}

export const markdownTreeKind = 'markdown-tree';

export function markdownTreeStore(cache: BuildCache): MarkdownTreeStore {
  return {
    tree: (body, parse) => cache.getSync(markdownTreeKind, body, jsonCodec as Codec<Root>, () => parse(body)),
    summary: () => cache.summary(),
  };
}

/** The store in the project's build cache, or none when the cache is off (BUILD_CACHE=off). */
export function projectMarkdownTrees(root: string): MarkdownTreeStore | undefined {
  const cache = openBuildCache(root);
  return cache && markdownTreeStore(cache);
}
