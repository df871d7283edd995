// The build's CPU-heavy steps, as tasks that can run on another core: formatting a work in APA, MLA
// and Chicago (citeproc-js, a few milliseconds each), writing its BibTeX, RIS or CSL-JSON file
// (citation-js; 34,000 files at 1,000 statements, off the main thread) and drawing a social image (resvg). Pages and
// worker threads both call runTask, so a task gives the same bytes wherever it runs.
import { citationFile, formattedCitations, type CitationFile } from '../cite/formats.ts';
import type { CslItem } from '../cite/csl.ts';
import type { Locale } from '../lib/locales.ts';
import { renderOgImage, type OgCard } from '../share/og-image.ts';

export type Task =
  | { kind: 'citations'; item: CslItem; locale?: Locale }
  | { kind: 'citation-file'; file: CitationFile; items: CslItem[] }
  | { kind: 'og-image'; card: OgCard };

export interface TaskResults {
  citations: ReturnType<typeof formattedCitations>;
  'citation-file': string;
  'og-image': Uint8Array<ArrayBuffer>;
}

export type TaskResult<T extends Task> = TaskResults[T['kind']];

export function runTask<T extends Task>(task: T): TaskResult<T> {
  switch (task.kind) {
    case 'citations':
      return formattedCitations(task.item, task.locale) as TaskResult<T>;
    case 'citation-file':
      return citationFile(task.file, task.items) as TaskResult<T>;
    case 'og-image':
      return renderOgImage(task.card) as TaskResult<T>;
  }
}

/** Buffers a result can hand over to another thread instead of copying. */
export function transferables(result: unknown): ArrayBuffer[] {
  return result instanceof Uint8Array && result.buffer instanceof ArrayBuffer ? [result.buffer] : [];
}
