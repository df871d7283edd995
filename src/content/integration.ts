// Validates the content before Astro builds anything: `astro build` stops with exit code 1 on any
// problem; `astro dev` prints the problems and keeps serving.
import type { AstroIntegration } from 'astro';
import { formatText } from './validate/format.ts';
import { validateContent } from './validate/index.ts';

export function contentValidation(): AstroIntegration {
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const report = await validateContent();
        const color = Boolean(process.stderr.isTTY) && process.env['NO_COLOR'] === undefined;
        if (report.problems.length === 0) {
          logger.info(formatText(report, { color: false }));
          return;
        }
        console.error(`\n${formatText(report, { color })}\n`);
        if (command === 'build') {
          logger.error('The build stopped: fix the content problems above, then build again.');
          process.exit(1);
        }
        logger.warn('The site is served anyway; pages with these problems may show wrong or missing content.');
      },
    },
  };
}
