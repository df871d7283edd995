// Builds the site from a content folder in an isolated copy of the project (its own .astro/ and
// content cache), timing Astro and Pagefind separately with GNU time for wall time and peak memory.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { defaultLocale, isLocale } from '../../src/lib/locales.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = (name: string) => path.join(repo, 'node_modules/.bin', name);

export interface StepTiming { wallSeconds: number; peakRssMB: number; cpuSeconds: number }
export interface BuildResult { ok: boolean; astro: StepTiming; pagefind?: StepTiming; pages?: number; astroReportedSeconds?: number; log: string }

/** A copy of the project's sources beside bench-out/, resolving node_modules from the repository. */
export function prepareWorkspace(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const item of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json']) {
    fs.cpSync(path.join(repo, item), path.join(dir, item), { recursive: true });
  }
  return dir;
}

function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): StepTiming & { ok: boolean; output: string } {
  const timeFile = path.join(cwd, '.time.txt');
  const result = spawnSync('/usr/bin/time', ['-v', '-o', timeFile, command, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const t = fs.existsSync(timeFile) ? fs.readFileSync(timeFile, 'utf8') : '';
  const get = (re: RegExp) => Number(re.exec(t)?.[1] ?? NaN);
  const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(t)?.[1] ?? '0';
  return {
    ok: result.status === 0,
    output: `${result.stdout}${result.stderr}`,
    wallSeconds: elapsed.split(':').map(Number).reduce((a, x) => a * 60 + x, 0),
    cpuSeconds: get(/User time \(seconds\): ([\d.]+)/) + get(/System time \(seconds\): ([\d.]+)/),
    peakRssMB: Math.round(get(/Maximum resident set size \(kbytes\): (\d+)/) / 1024),
  };
}

/** A cold build: output, Astro's caches and the build cache (node_modules/.cache) removed first. */
export function coldBuild(workspace: string, contentDir: string, outDir: string): BuildResult {
  for (const d of [outDir, path.join(workspace, '.astro'), path.join(workspace, 'node_modules')]) fs.rmSync(d, { recursive: true, force: true });
  return timedBuild(workspace, contentDir, outDir);
}

/** A rebuild as an editor's machine or a CI host with kept caches runs it: Astro's and the build cache kept. */
export function rebuild(workspace: string, contentDir: string, outDir: string): BuildResult {
  return timedBuild(workspace, contentDir, outDir);
}

function timedBuild(workspace: string, contentDir: string, outDir: string): BuildResult {
  const env = { ...process.env, PATH: `${path.join(repo, 'node_modules/.bin')}:${process.env['PATH']}`, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  const astro = timed(bin('astro'), ['build', '--outDir', outDir], workspace, env);
  const reported = /(\d+) page\(s\) built in (?:(\d+)m ?)?(?:([\d.]+)s)?(?:([\d.]+)ms)?/.exec(astro.output);
  const base = {
    astro: { wallSeconds: astro.wallSeconds, peakRssMB: astro.peakRssMB, cpuSeconds: astro.cpuSeconds },
    pages: reported ? Number(reported[1]) : undefined,
    astroReportedSeconds: reported ? Number(reported[2] ?? 0) * 60 + Number(reported[3] ?? 0) + Number(reported[4] ?? 0) / 1000 : undefined,
  };
  if (!astro.ok) return { ok: false, ...base, log: astro.output };
  const pagefind = timed(bin('pagefind'), ['--site', outDir, '--silent'], workspace, env);
  return {
    ok: pagefind.ok, ...base,
    pagefind: { wallSeconds: pagefind.wallSeconds, peakRssMB: pagefind.peakRssMB, cpuSeconds: pagefind.cpuSeconds },
    log: astro.output + pagefind.output,
  };
}

/**
 * Where page generation spent its time, by kind of route: Astro logs each file it writes with the
 * time since the previous one ("├─ /cited-works/x/index.html (+12ms)"), summed here by first segment
 * and file name (/cited-works/[id]/index.html, /cited-works/[id]/cite.bib, …), each interface language apart.
 */
export function routeTimes(log: string): { route: string; files: number; seconds: number }[] {
  const totals = new Map<string, { files: number; ms: number }>();
  for (const m of log.matchAll(/[├└]─ (\S+) \(\+(?:(\d+(?:\.\d+)?)s|(\d+(?:\.\d+)?)ms)\)/g)) {
    const all = m[1]!.split('/').filter(Boolean);
    // A page in another interface language counts apart, under its prefix: /es/cited-works/[id]/index.html.
    const prefix = all.length > 1 && isLocale(all[0]) && all[0] !== defaultLocale ? `/${all[0]}` : '';
    const parts = prefix ? all.slice(1) : all;
    const last = parts.length - 1;
    const route = prefix + '/' + parts.map((seg, i) => {
      if (i === 0) return seg;
      if (i === last) return seg === 'index.html' || seg.startsWith('cite.') ? seg : seg.replace(/^[^.]+/, '*');
      return i === 1 && parts[0] !== 'og' ? '*' : seg;
    }).join('/');
    const t = totals.get(route) ?? { files: 0, ms: 0 };
    t.files++;
    t.ms += m[2] ? Number(m[2]) * 1000 : Number(m[3]);
    totals.set(route, t);
  }
  return [...totals].map(([route, t]) => ({ route, files: t.files, seconds: +(t.ms / 1000).toFixed(2) })).sort((a, b) => b.seconds - a.seconds);
}


/**
 * Where an `astro build`'s wall time went, from its log's timestamps (one-second resolution, so
 * each phase is ±1 s): start-up and the content check, content sync, bundling (until the first page
 * is written) and page generation. The start is the last line's time less the measured wall time.
 */
export function buildPhases(log: string, astroWallSeconds: number): { phase: string; seconds: number }[] | undefined {
  const stamps: { at: number; line: string }[] = [];
  let previous = -1, offset = 0;
  for (const line of log.split('\n')) {
    const m = /^(\d\d):(\d\d):(\d\d) /.exec(line);
    if (!m) continue;
    let at = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + offset;
    if (at < previous) { offset += 86_400; at += 86_400; } // past midnight
    previous = at;
    stamps.push({ at, line });
  }
  const first = (re: RegExp) => stamps.find((s) => re.test(s.line))?.at;
  const end = stamps.at(-1)?.at;
  const syncing = first(/\[content\] Syncing content/), synced = first(/\[content\] Synced content/), firstPage = first(/[├└]─/);
  if (end === undefined || syncing === undefined || synced === undefined || firstPage === undefined) return undefined;
  const start = end - astroWallSeconds;
  const checked = first(/\[content-validation\] Checked/);
  return [
    { phase: checked === undefined ? 'start-up' : 'start-up and content check', seconds: syncing - start },
    { phase: 'content sync', seconds: synced - syncing },
    { phase: 'bundling, until the first page', seconds: firstPage - synced },
    { phase: 'page generation', seconds: end - firstPage },
  ].map((p) => ({ ...p, seconds: Math.max(0, +p.seconds.toFixed(1)) }));
}
