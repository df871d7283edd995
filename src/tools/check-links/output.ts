// How a link check reads: a progress line per link (stderr), a table (stdout), the proposed record
// updates as YAML, and the JSON report for tools. Colour only where a terminal will show it.
import { displayPath } from '../../lib/display-path.ts';
import type { CheckSettings, LinkResult } from './check.ts';
import { proposalYaml } from './proposal.ts';
import { verdicts, type Verdict } from './verdict.ts';

const colours: Record<Verdict, string> = { live: '32', moved: '36', lost: '31', unknown: '33' };

function paint(text: string, verdict: Verdict, colour: boolean): string {
  return colour ? `\u001b[${colours[verdict]}m${text}\u001b[39m` : text;
}

/** The status code, or what stood in for one. */
export function codeLabel(result: LinkResult): string {
  if (result.code !== null) return String(result.code);
  return result.error?.split(':')[0] ?? 'error';
}

export function progressLine(result: LinkResult, done: number, total: number, colour: boolean): string {
  const counter = `[${String(done).padStart(String(total).length)}/${total}]`;
  return `${counter} ${paint(result.verdict.padEnd(7), result.verdict, colour)} ${codeLabel(result).padEnd(7)} ${result.id}`;
}

export function formatTable(results: readonly LinkResult[]): string {
  const rows = [['id', 'code', 'verdict', 'final URL'], ...results.map((r) => [r.id, codeLabel(r), r.verdict, r.finalUrl])];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ')).join('\n') + '\n';
}

export function counts(results: readonly LinkResult[]): Record<Verdict, number> {
  const tally = Object.fromEntries(verdicts.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const r of results) tally[r.verdict]++;
  return tally;
}

export function summaryLine(results: readonly LinkResult[]): string {
  const tally = counts(results);
  const parts = verdicts.filter((v) => tally[v] > 0).map((v) => `${tally[v]} ${v}`);
  return `${results.length} cited ${results.length === 1 ? 'link' : 'links'} checked${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}

/** One YAML snippet per record that should change, headed by its file, with what the archive said. */
export function formatProposals(results: readonly LinkResult[]): string {
  return results
    .filter((r) => r.proposal)
    .map((r) => {
      const notes = [
        r.verdict === 'moved' ? `# moved to ${r.finalUrl} (the url field stays as printed)\n` : '',
        r.archiveError ? `# archive lookup failed: ${r.archiveError}\n` : '',
      ].join('');
      return `# ${displayPath(r.path)}\n${notes}${proposalYaml(r.proposal!)}`;
    })
    .join('\n');
}

export interface Report {
  checked: string;
  settings: { timeoutMs: number; concurrency: number; maxRedirects: number; archiveApi: string | null };
  counts: Record<Verdict, number>;
  citations: (Omit<LinkResult, 'path'> & { file: string; written: boolean })[];
}

export function buildReport(results: readonly LinkResult[], settings: CheckSettings, written: ReadonlySet<string>): Report {
  return {
    checked: settings.checked,
    settings: {
      timeoutMs: settings.timeoutMs,
      concurrency: settings.concurrency,
      maxRedirects: settings.maxRedirects,
      archiveApi: settings.archiveApi ?? null,
    },
    counts: counts(results),
    citations: results.map(({ path: file, ...rest }) => ({ ...rest, file: displayPath(file), written: written.has(file) })),
  };
}
