// Checks the address of every cited work, for editors when online: npm run check-links -- [--write].
// Never part of the build or of npm test. Exit codes: 0 no link lost, 1 some lost, 2 misuse or a fault.
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/content/collections.ts';
import { today } from '../src/lib/dates.ts';
import { displayPath } from '../src/lib/display-path.ts';
import { runCommand } from '../src/lib/run-command.ts';
import { checkLinks, type CheckSettings } from '../src/tools/check-links/check.ts';
import { readCitedLinks } from '../src/tools/check-links/citations.ts';
import { parseOptions, usage } from '../src/tools/check-links/options.ts';
import { buildReport, formatProposals, formatTable, progressLine, summaryLine } from '../src/tools/check-links/output.ts';
import { applyProposal } from '../src/tools/check-links/yaml-update.ts';
import { escapeHidden } from '../src/lib/hidden-characters.ts';

const userAgent = 'border-statements-check-links/1.0 (checks addresses cited by a civil-society statements archive)';

async function main(): Promise<number> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2), today());
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (options.help) {
    console.log(usage);
    return 0;
  }
  const root = options.content === undefined ? contentDir : path.resolve(options.content);
  if (!fs.existsSync(root)) {
    console.error(`The content folder ${root} does not exist. Run from the repository root, or pass --content DIR.`);
    return 2;
  }
  const { links, unreadable } = readCitedLinks(root);
  for (const file of unreadable) console.error(`Skipped ${displayPath(file.path)}: ${file.reason} (npm run validate says more).`);
  const missing = options.ids.filter((id) => !links.some((link) => link.id === id));
  if (missing.length > 0) {
    console.error(`No readable cited work with the id ${missing.map((id) => `"${id}"`).join(', ')} in ${displayPath(root)}/citations.`);
    return 2;
  }
  const selected = options.ids.length > 0 ? links.filter((link) => options.ids.includes(link.id)) : links;
  const settings: CheckSettings = {
    timeoutMs: options.timeoutMs,
    maxRedirects: options.maxRedirects,
    concurrency: options.concurrency,
    archiveApi: options.archiveApi,
    checked: options.checked,
    userAgent,
    allowLoopback: options.allowLoopback,
  };
  const colour = Boolean(process.stderr.isTTY) && process.env['NO_COLOR'] === undefined;
  console.error(`Checking ${selected.length} cited addresses, ${settings.concurrency} at a time, ${settings.timeoutMs} ms per request.`);
  const results = await checkLinks(selected, settings, (result, done, total) => {
    console.error(progressLine(result, done, total, colour));
  });

  // Addresses and archive errors come from other servers: shown escaped, never sent raw to the terminal.
  process.stdout.write(escapeHidden(formatTable(results), { keepLineBreaks: true }));
  const written = new Set<string>();
  if (options.write) {
    for (const result of results) {
      if (!result.proposal) continue;
      try {
        const before = fs.readFileSync(result.path, 'utf8');
        const after = applyProposal(before, result.proposal);
        if (after !== before) fs.writeFileSync(result.path, after);
        written.add(result.path);
      } catch (error) {
        console.error(`Not written ${displayPath(result.path)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  const proposals = formatProposals(results);
  if (proposals) {
    const heading = options.write
      ? `Updated the link and archive fields of ${written.size} ${written.size === 1 ? 'record' : 'records'}:`
      : 'Proposed record updates (nothing was written; run again with --write to apply them):';
    process.stdout.write(`\n${heading}\n\n${escapeHidden(proposals, { keepLineBreaks: true })}`);
  }

  const reportPath = path.resolve(options.report);
  fs.mkdirSync(path.dirname(reportPath), { recursive: true });
  fs.writeFileSync(reportPath, JSON.stringify(buildReport(results, settings, written), null, 2) + '\n');
  console.error(`${summaryLine(results)} Report: ${displayPath(reportPath)}`);
  return results.some((result) => result.verdict === 'lost') ? 1 : 0;
}

runCommand(main, 'The link check');
