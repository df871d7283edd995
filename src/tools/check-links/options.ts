// The command line of `npm run check-links`: what an editor can set, with defaults that suit a
// real run (15 s per request, 4 at a time) and switches that let tests stay on 127.0.0.1.
import { parseArgs } from 'node:util';
import { parsePartialDate } from '../../lib/dates.ts';
import { waybackAvailabilityApi } from './archive.ts';

export const usage = `Usage: npm run check-links -- [options] [citation-id ...]

Checks the address of every cited work (or only the ids given) and proposes updates to
each record's link and archive fields. Content files change only with --write.

  --content DIR        content folder (default: $CONTENT_DIR or content)
  --report FILE        where to write the JSON report (default: link-report.json)
  --timeout MS         deadline for each request, in milliseconds (default: 15000)
  --concurrency N      requests in flight at once (default: 4)
  --max-redirects N    redirects to follow before giving up (default: 10)
  --archive-api URL    Wayback availability API (default: ${waybackAvailabilityApi})
  --no-archive         do not look for archived copies
  --date YYYY-MM-DD    date to record as checked (default: today)
  --write              write the proposed link and archive fields into the records
  --help               show this help

Addresses on this machine or its network (private, link-local, loopback, multicast), whether cited,
reached by a redirect or named by DNS, are never asked; --allow-loopback lets the tool's own tests
reach their server on 127.0.0.1.`;

export interface Options {
  content: string | undefined;
  report: string;
  timeoutMs: number;
  concurrency: number;
  maxRedirects: number;
  archiveApi: string | undefined;
  checked: string;
  write: boolean;
  /** For tests: their stand-in server runs on 127.0.0.1. */
  allowLoopback: boolean;
  ids: string[];
  help: boolean;
}

function whole(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} expects a whole number of at least ${min}, not "${value}".`);
  return n;
}

/** Parses argv (without node and the script); throws an Error whose message an editor can act on. */
export function parseOptions(argv: string[], today: string): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      content: { type: 'string' },
      report: { type: 'string' },
      timeout: { type: 'string' },
      concurrency: { type: 'string' },
      'max-redirects': { type: 'string' },
      'archive-api': { type: 'string' },
      'no-archive': { type: 'boolean' },
      date: { type: 'string' },
      write: { type: 'boolean' },
      'allow-loopback': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const archiveApi = values['archive-api'] ?? waybackAvailabilityApi;
  if (!URL.canParse(archiveApi)) throw new Error(`--archive-api expects a full address, not "${archiveApi}".`);
  const checked = values.date ?? today;
  if (checked.length !== 10 || parsePartialDate(checked) === undefined) {
    throw new Error(`--date expects a date written YYYY-MM-DD, not "${checked}".`);
  }
  return {
    content: values.content,
    report: values.report ?? 'link-report.json',
    timeoutMs: whole('timeout', values.timeout, 15_000, 1),
    concurrency: whole('concurrency', values.concurrency, 4, 1),
    maxRedirects: whole('max-redirects', values['max-redirects'], 10, 0),
    archiveApi: values['no-archive'] ? undefined : archiveApi,
    checked,
    write: values.write ?? false,
    allowLoopback: values['allow-loopback'] ?? false,
    ids: positionals,
    help: values.help ?? false,
  };
}
