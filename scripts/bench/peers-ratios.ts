// The project's figures as ratios to each peer built in the same run (bench-peers results folder):
// cold build and rebuild, wall and CPU, per HTML page (the fair figure when the project writes more
// pages, e.g. every page in two languages), by step (Astro's phases, Pagefind), by route, and the
// goals of issue 18.
// Usage: peers-ratios.ts <results dir> [<dir of the project's build logs>]
import fs from 'node:fs';
import path from 'node:path';
import { buildPhases, routeTimes } from './build.ts';

interface Run { peer: string; n: number; tag: string; rc: number; wall: number; cpu: number; rssMB: number; pagesBuilt?: number; pagefindSec?: number; astroSec?: number; astroCpu?: number; pagefindCpu?: number }
const [dir, logs] = process.argv.slice(2) as [string, string | undefined];
const runs: Run[] = fs.readdirSync(dir).filter((f) => f.endsWith('.runs.jsonl'))
  .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Run))
  .filter((r) => r.rc === 0);
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
const of = (peer: string, n: number, warm: boolean) => runs.filter((r) => r.peer === peer && r.n === n && r.tag.startsWith('warm') === warm);
const htmlPages = (peer: string, n: number): number | undefined => {
  const file = path.join(dir, `${peer}-${n}.measure.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { htmlPages?: number }).htmlPages : undefined;
};
const f1 = (x: number) => x.toFixed(1), f2 = (x: number) => x.toFixed(2);
const sizes = [...new Set(runs.filter((r) => r.peer === 'project').map((r) => r.n))].sort((a, b) => a - b);
const peers = [...new Set(runs.map((r) => r.peer))].filter((p) => p !== 'project').sort();
const lines: string[] = ['## This project against the peers (same corpus, same machine, same run)', '',
  'Wall time and CPU time (user + sys; steadier than wall time when other work shares the machine),',
  'medians of the runs, Pagefind included. A ratio below 1 means the project is faster.'];

lines.push('', '### Cold build', '',
  '| N | peer | project wall s | peer wall s | wall ratio | project CPU s | peer CPU s | CPU ratio | HTML pages (project / peer) | wall ms per HTML page (project / peer) | ratio per HTML page | project peak RSS MB |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const n of sizes) for (const peer of peers) {
  const own = of('project', n, false), theirs = of(peer, n, false);
  if (!own.length || !theirs.length) continue;
  const w = median(own.map((r) => r.wall)), pw = median(theirs.map((r) => r.wall));
  const c = median(own.map((r) => r.cpu)), pc = median(theirs.map((r) => r.cpu));
  const h = htmlPages('project', n), ph = htmlPages(peer, n);
  const per = h && ph ? `${f1((w / h) * 1000)} / ${f1((pw / ph) * 1000)} | ${f2((w / h) / (pw / ph))}` : '– | –';
  lines.push(`| ${n} | ${peer} | ${f1(w)} | ${f1(pw)} | **${f2(w / pw)}** | ${f1(c)} | ${f1(pc)} | ${f2(c / pc)} | ${h ?? '–'} / ${ph ?? '–'} | ${per} | ${Math.max(...own.map((r) => r.rssMB))} |`);
}

lines.push('', '### Rebuild (project: one statement changed, caches kept; peer: its warm rebuild, caches kept)', '',
  '| N | peer | project wall s | peer wall s | wall ratio | project CPU s | peer CPU s | CPU ratio | wall ms per HTML page (project / peer) | ratio per HTML page |', '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const n of sizes) for (const peer of peers) {
  const own = of('project', n, true), theirs = of(peer, n, true);
  if (!own.length || !theirs.length) continue;
  const w = median(own.map((r) => r.wall)), pw = median(theirs.map((r) => r.wall));
  const c = median(own.map((r) => r.cpu)), pc = median(theirs.map((r) => r.cpu));
  const h = htmlPages('project', n), ph = htmlPages(peer, n);
  const per = h && ph ? `${f1((w / h) * 1000)} / ${f1((pw / ph) * 1000)} | ${f2((w / h) / (pw / ph))}` : '– | –';
  lines.push(`| ${n} | ${peer} | ${f1(w)} | ${f1(pw)} | **${f2(w / pw)}** | ${f1(c)} | ${f1(pc)} | ${f2(c / pc)} | ${per} |`);
}

lines.push('', '### By step (wall s, CPU s in brackets where measured; the peer\'s Astro step is its wall time less Pagefind\'s own report)', '',
  '| N | build | project Astro | project Pagefind | peer | peer Astro | peer Pagefind |', '|---:|---|---:|---:|---|---:|---:|');
const withCpu = (wall: number, cpu?: number) => (cpu === undefined ? f1(wall) : `${f1(wall)} (${f1(cpu)})`);
for (const n of sizes) for (const warm of [false, true]) for (const peer of peers) {
  const own = of('project', n, warm)[0], theirs = of(peer, n, warm)[0];
  if (!own || !theirs) continue;
  const pf = own.pagefindSec ?? 0, ppf = theirs.pagefindSec ?? 0;
  lines.push(`| ${n} | ${warm ? 'rebuild' : 'cold'} | ${withCpu(own.astroSec ?? own.wall - pf, own.astroCpu)} | ${withCpu(pf, own.pagefindCpu)} | ${peer} | ${f1(theirs.wall - ppf)} | ${f1(ppf)} |`);
}

// Astro's phases from the logs' timestamps: the project's cold build and rebuild, and the peer's last
// build (the harness keeps only that log: its warm rebuild).
for (const n of sizes) {
  const rows: string[] = [];
  const add = (who: string, log: string, astroWall: number | undefined) => {
    if (!fs.existsSync(log) || astroWall === undefined) return;
    const phases = buildPhases(fs.readFileSync(log, 'utf8'), astroWall);
    if (phases) rows.push(`| ${who} | ${phases.map((p) => f1(p.seconds)).join(' | ')} |`);
  };
  const cold = of('project', n, false)[0], warm = of('project', n, true)[0];
  if (logs) add('project, cold', path.join(logs, `build-peers-corpus-${n}.log`), cold?.astroSec);
  if (logs) add('project, rebuild', path.join(logs, `rebuild-peers-corpus-${n}.log`), warm?.astroSec);
  for (const peer of peers) {
    const last = of(peer, n, true)[0];
    add(`${peer}, warm rebuild`, path.join(dir, `${peer}-${n}.build.log`), last ? last.wall - (last.pagefindSec ?? 0) : undefined);
  }
  if (rows.length === 0) continue;
  lines.push('', `### Astro's phases, N=${n} (wall s from the build logs' timestamps, ±1 s each)`, '',
    '| build | start-up and content check | content sync | bundling, until the first page | page generation |', '|---|---:|---:|---:|---:|', ...rows);
}

// Astro logs each file with the time since the previous one; with several pages in flight the sums
// exceed the wall time, so they show each route's share, not its cost alone. The floor calls
// cited-work pages /works/<id>/ (the project /cited-works/<id>/; its /citations/<id>/ pages only send
// readers of old links on).
for (const n of sizes) for (const peer of peers) {
  const ownLog = logs ? path.join(logs, `build-peers-corpus-${n}.log`) : '', peerLog = path.join(dir, `${peer}-${n}.build.log`);
  if (!fs.existsSync(ownLog) || !fs.existsSync(peerLog)) continue;
  const own = routeTimes(fs.readFileSync(ownLog, 'utf8')), theirs = new Map(routeTimes(fs.readFileSync(peerLog, 'utf8')).map((r) => [r.route, r]));
  lines.push('', `### By route, N=${n} (project cold build; ${peer}: its last build's log; Astro's per-file times summed)`, '',
    '| route | project files | project s | peer files | peer s |', '|---|---:|---:|---:|---:|');
  for (const r of own.slice(0, 14)) {
    const p = theirs.get(r.route) ?? theirs.get(r.route.replace(/^\/cited-works\//, '/works/'));
    lines.push(`| \`${r.route}\` | ${r.files} | ${f1(r.seconds)} | ${p?.files ?? '–'} | ${p ? f1(p.seconds) : '–'} |`);
  }
}
// Issue 18's goals, from the same figures (the first peer is the floor, astro-entities by default).
const floor = peers.includes('astro-entities') ? 'astro-entities' : peers[0];
if (floor) {
  lines.push('', `### Goals (issue 18), against ${floor}`, '', '| N | goal | measured wall ratio (CPU ratio) | met? |', '|---:|---|---:|---|');
  for (const n of sizes) for (const [warm, goal, limit] of [[false, 'cold build within 2× the floor, Pagefind included', 2], [true, 'rebuild after one changed statement within 1.25× the floor\'s rebuild', 1.25]] as const) {
    const own = of('project', n, warm), theirs = of(floor, n, warm);
    if (!own.length || !theirs.length) continue;
    const ratio = median(own.map((r) => r.wall)) / median(theirs.map((r) => r.wall));
    const cpu = median(own.map((r) => r.cpu)) / median(theirs.map((r) => r.cpu));
    lines.push(`| ${n} | ${goal} | ${f2(ratio)} (${f2(cpu)}) | ${ratio <= limit ? 'yes' : '**no**'} |`);
  }
}
console.log(lines.join('\n'));
