// Validates the content before Astro builds anything: `astro build` stops with exit code 1 on any
// problem; `astro dev` prints the problems, shows them in the browser's error overlay, checks again
// whenever a content file is saved, and clears the overlay (reloading the page) once all are fixed.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ErrorPayload, ViteDevServer } from 'vite';
import { isContentFile, overlayPayload } from './dev-overlay.ts';
import { contentDir } from '../content/collections.ts';
import { formatText } from './format.ts';
import { validateContent, type Report, type TreeStore } from './index.ts';

const color = () => Boolean(process.stderr.isTTY) && process.env['NO_COLOR'] === undefined;

export interface ValidationOptions {
  /**
   * Parsed statement texts kept between builds, for the project at `root` (the build cache, wired in
   * astro.config.ts): the same problems are found, with less parsing. Its summary goes to the log.
   */
  trees?: (root: string) => (TreeStore & { summary?(): string }) | undefined;
}

/** Files with warnings only that the build's log lists before counting the rest (npm run validate lists all). */
const warningOnlyFiles = 10;

export function contentValidation(options: ValidationOptions = {}): AstroIntegration {
  let shown: ErrorPayload | undefined;
  let trees: ReturnType<NonNullable<ValidationOptions['trees']>>;
  const validate = () => validateContent(undefined, trees ? { trees } : {});
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        trees = options.trees?.(fileURLToPath(config.root));
        const report = await validate();
        shown = overlayPayload(report);
        if (trees?.summary) logger.info(`Parsed statement texts: ${trees.summary()}.`);
        if (report.problems.length === 0) {
          logger.info(formatText(report, { color: false, warningOnlyFiles }));
          return;
        }
        console.error(`\n${formatText(report, { color: color(), warningOnlyFiles })}\n`);
        if (command === 'build') {
          logger.error('The build stopped: fix the content problems above, then build again.');
          process.exit(1);
        }
        logger.warn('The site is served anyway; pages with these problems may show wrong or missing content.');
      },
      'astro:server:setup': ({ server, logger }) => {
        watchContent(server, logger, validate, {
          get: () => shown,
          set: (payload) => {
            shown = payload;
          },
        });
      },
    },
  };
}

function watchContent(server: ViteDevServer, logger: AstroIntegrationLogger, validate: () => Promise<Report>, state: { get(): ErrorPayload | undefined; set(p: ErrorPayload | undefined): void }) {
  // A page opened while problems stand gets the overlay too, not only pages open when they appeared.
  server.ws.on('vite:client:connect', (_data: unknown, client: { send(payload: ErrorPayload): void }) => {
    const payload = state.get();
    if (payload) client.send(payload);
  });
  server.watcher.add(contentDir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const check = async () => {
    const report: Report = await validate();
    const payload = overlayPayload(report);
    if (payload) {
      console.error(`\n${formatText(report, { color: color(), warningOnlyFiles })}\n`);
      server.ws.send(payload);
    } else if (state.get()) {
      logger.info(`Content problems fixed. ${formatText(report, { color: false, warningOnlyFiles })}`);
      server.ws.send({ type: 'full-reload' });
    }
    state.set(payload);
  };
  // One check at a time, in the order of the saves.
  const recheck = () => {
    running = running.then(check).catch((error: unknown) => logger.error(`The content check failed: ${String(error)}`));
  };
  server.watcher.on('all', (_event: string, file: string) => {
    if (!isContentFile(file, contentDir)) return;
    clearTimeout(timer);
    timer = setTimeout(recheck, 150);
  });
}
