// npm run bench [-- --sizes 100,1000,5000] [--corpus file.json] [--skip-probe] [--query word]
// Generates a synthetic collection per size (or adapts a bench-peers corpus), builds it cold in an
// isolated copy of the project (then rebuilds it after one changed statement, caches kept), and prints build time and memory (Astro and Pagefind apart), sizes,
// and what a reader's browser fetches for a statement page and a first search. Results are printed
// as a Markdown table and kept as JSON in bench-out/. Nothing here asserts: figures are for reading.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus, type Corpus } from './corpus.ts';
import { writeContent } from './content.ts';
import { coldBuild, prepareWorkspace, rebuild, routeTimes, type BuildResult } from './build.ts';
import { measureDist, middleStatement, type DistSizes } from './measure.ts';
import { probeDefaultUiSearch, probePageLoad, probeSiteSearch, type SearchProbe } from './probe.ts';
import type { TransferSummary } from './transfer.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveDist } from '../../tests/support/static-server.ts';

interface Options { sizes: number[]; corpus?: string; probe: boolean; query: string; out: string; label: string }

function parseOptions(args: string[]): Options {
  const options: Options = { sizes: [100, 1000, 5000], probe: true, query: 'detention', out: path.resolve('bench-out'), label: 'project' };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? args[++i] ?? '';
    if (flag === '--sizes') options.sizes = value().split(',').map(Number).filter((n) => n > 0);
    else if (flag === '--corpus') options.corpus = path.resolve(value());
    else if (flag === '--skip-probe') options.probe = false;
    else if (flag === '--query') options.query = value();
    else if (flag === '--out') options.out = path.resolve(value());
    else if (flag === '--label') options.label = value();
    else throw new Error(`Unknown option ${flag}. Usage: npm run bench -- [--sizes 100,1000] [--corpus corpus.json] [--skip-probe] [--query word] [--out dir] [--label name]`);
  }
  return options;
}

export interface SizeResult {
  label: string; n: number; pages?: number; build: BuildResult; dist?: DistSizes; routes?: ReturnType<typeof routeTimes>;
  /** The build after changing one statement's text, caches kept. */
  rebuild?: BuildResult;
  pageLoad?: TransferSummary & { path: string }; search?: SearchProbe; defaultUiSearch?: SearchProbe;
}

async function probe(dist: string, query: string) {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const statement = middleStatement(dist);
    const pageLoad = { path: statement, ...(await probePageLoad(browser, server.url, statement)) };
    const search = await probeSiteSearch(browser, server.url, statement, query);
    const defaultUiSearch = await probeDefaultUiSearch(browser, server.url, statement, query);
    const strip = <T extends TransferSummary>(r: T) => ({ ...r, transfers: r.transfers.map((t) => ({ ...t, url: t.path })) });
    return { pageLoad: strip(pageLoad), search: strip(search), defaultUiSearch: strip(defaultUiSearch) };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function benchSize(n: number, options: Options, corpus: Corpus): Promise<SizeResult> {
  const content = path.join(options.out, `content-${options.label}-${n}`);
  const dist = path.join(options.out, `dist-${options.label}-${n}`);
  const counts = writeContent(corpus, content);
  console.error(`[bench] ${options.label} N=${n}: ${counts.statements} statements, ${counts.organizations} organizations, ${counts.citations} cited works -> ${content}`);
  const workspace = prepareWorkspace(path.join(options.out, 'site'));
  console.error(`[bench] cold build N=${n}…`);
  const build = coldBuild(workspace, content, dist);
  fs.writeFileSync(path.join(options.out, `build-${options.label}-${n}.log`), build.log);
  const result: SizeResult = { label: options.label, n, pages: build.pages, routes: routeTimes(build.log), build: { ...build, log: build.ok ? '' : build.log.slice(-3000) } };
  if (!build.ok) { console.error(`[bench] build failed, see ${options.out}/build-${options.label}-${n}.log`); return result; }
  result.dist = measureDist(dist);
  if (options.probe) Object.assign(result, await probe(dist, options.query));
  console.error(`[bench] rebuild N=${n} after changing one statement…`);
  const changed = oneStatementChanged(content);
  const again = rebuild(workspace, content, dist);
  fs.writeFileSync(path.join(options.out, `rebuild-${options.label}-${n}.log`), again.log);
  result.rebuild = { ...again, log: again.ok ? `changed ${changed}` : again.log.slice(-3000) };
  return result;
}

/** Adds a sentence to the last paragraph of the first statement, as an editor's correction would. */
function oneStatementChanged(content: string): string {
  const dir = path.join(content, 'statements');
  const file = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()[0]!;
  fs.appendFileSync(path.join(dir, file), '\nA sentence added for the rebuild benchmark.\n');
  return file;
}

const kb = (b?: number) => (b === undefined ? '–' : (b / 1024).toFixed(1));
const s = (x?: number) => (x === undefined ? '–' : x.toFixed(1));

export function table(results: SizeResult[]): string {
  const rows = results.map((r) => {
    const a = r.build.astro, p = r.build.pagefind;
    const wall = a.wallSeconds + (p?.wallSeconds ?? 0);
    return `| ${r.label} | ${r.n} | ${r.pages ?? '–'} | ${s(wall)} | ${s(a.wallSeconds)} | ${s(p?.wallSeconds)} | ${r.pages ? ((wall / r.pages) * 1000).toFixed(2) : '–'} | ${((wall / r.n) * 1000).toFixed(0)} | ${Math.max(a.peakRssMB, p?.peakRssMB ?? 0)} | ${r.dist ? (r.dist.bytes / 2 ** 20).toFixed(1) : '–'} | ${r.dist ? (r.dist.pagefind.bytes / 2 ** 20).toFixed(1) : '–'} | ${r.pageLoad ? `${kb(r.pageLoad.gzip)} (${r.pageLoad.requests})` : '–'} | ${r.search ? `${kb(r.search.gzip)} (${r.search.requests})` : '–'} | ${r.defaultUiSearch ? `${kb(r.defaultUiSearch.gzip)} (${r.defaultUiSearch.requests})` : '–'} |`;
  });
  return [
    '| site | statements | pages | cold build s | Astro s | Pagefind s | ms / page | ms / statement | peak RSS MB | dist/ MB | Pagefind index MB | statement page KB gzip (requests) | first search KB gzip (requests) | Pagefind default UI, same query |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  fs.mkdirSync(options.out, { recursive: true });
  console.error(`[bench] ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const results: SizeResult[] = [];
  const external = options.corpus ? (JSON.parse(fs.readFileSync(options.corpus, 'utf8')) as Corpus) : undefined;
  for (const n of external ? [external.statements.length] : options.sizes) {
    const result = await benchSize(n, options, external ?? generateCorpus(n));
    results.push(result);
    fs.writeFileSync(path.join(options.out, `result-${options.label}-${n}.json`), JSON.stringify(result, null, 1));
    console.log(table([result]).split('\n').at(-1));
  }
  console.log(`\n${table(results)}`);
  for (const r of results) {
    // With build.concurrency > 1 several files are in flight at once, so each file's time includes
    // waiting for the others: the sums exceed the wall time and only show each route's share.
    console.log(`\nPage generation by route, ${r.label} N=${r.n} (Astro's per-file times, summed; files overlap, so read them as shares):\n\n| route | files | s |\n|---|---:|---:|`);
    for (const x of (r.routes ?? []).slice(0, 10)) console.log(`| \`${x.route}\` | ${x.files} | ${x.seconds.toFixed(1)} |`);
  }
}

if (import.meta.main) await main();
