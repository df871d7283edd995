// The validator's entry point: load every content file, check it against its schema, run every
// rule, and return all problems at once, sorted by file and line. Bad content never throws.
import { contentDir } from '../content/collections.ts';
import { ruleContext } from './context.ts';
import { loadContent } from './load.ts';
import { compareProblems, type Problem } from './problem.ts';
import { rules } from './rules/index.ts';
import { checkSchema } from './schema-check.ts';
import type { TreeStore } from './markdown.ts';

export type { Problem } from './problem.ts';
export type { TreeStore } from './markdown.ts';

export interface ValidateOptions {
  /** Parsed statement texts kept between runs (the build cache): same problems, less parsing. */
  trees?: TreeStore;
}

export interface Report {
  /** Errors: the check fails and the site is not built while any is left. */
  problems: Problem[];
  /** Things to do that do not stop the build, like a missing Spanish version; printed, never failing. */
  warnings: Problem[];
  counts: { statements: number; organizations: number; policies: number; citations: number; footnotes: number };
}

export async function validateContent(root: string = contentDir, options: ValidateOptions = {}): Promise<Report> {
  const content = loadContent(root);
  const context = ruleContext(content, options.trees);
  const problems = [
    ...content.problems,
    ...content.records.flatMap(checkSchema),
    ...rules.filter((rule) => rule.severity !== 'warning').flatMap((rule) => rule.check(context)),
  ].sort(compareProblems);
  const warnings = rules.filter((rule) => rule.severity === 'warning').flatMap((rule) => rule.check(context)).sort(compareProblems);
  const statements = context.of('statements');
  return {
    problems,
    warnings,
    counts: {
      statements: statements.length,
      organizations: context.of('organizations').length,
      policies: context.of('policies').length,
      citations: context.of('citations').length,
      footnotes: statements.reduce((sum, record) => sum + (context.text(record)?.definitions.length ?? 0), 0),
    },
  };
}
