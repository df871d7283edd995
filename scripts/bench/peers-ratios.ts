// The project's figures as ratios to each peer built in the same run (bench-peers results folder).
import fs from 'node:fs';
import path from 'node:path';

interface Run { peer: string; n: number; tag: string; rc: number; wall: number; cpu: number; rssMB: number; pagesBuilt?: number }
const dir = process.argv[2]!;
const runs: Run[] = fs.readdirSync(dir).filter((f) => f.endsWith('.runs.jsonl'))
  .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Run))
  .filter((r) => r.rc === 0 && r.tag.startsWith('cold'));
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
const byPeer = new Map<string, Map<number, Run[]>>();
for (const r of runs) {
  const m = byPeer.get(r.peer) ?? new Map<number, Run[]>();
  m.set(r.n, [...(m.get(r.n) ?? []), r]);
  byPeer.set(r.peer, m);
}
const project = byPeer.get('project') ?? new Map<number, Run[]>();
const lines = ['## This project against the peers (same corpus, same machine, same run)', '',
  'Ratios of cold-build wall time and CPU time (user + sys; steadier than wall time when other work shares the',
  'machine), medians of the cold runs. Below 1 means the project is faster.', '',
  '| N | project wall s (HTML pages) | peer | peer wall s | wall ratio | project CPU s | peer CPU s | CPU ratio | project peak RSS MB |',
  '|---:|---:|---|---:|---:|---:|---:|---:|---:|'];
for (const [n, own] of [...project].sort((a, b) => a[0] - b[0])) {
  const wall = median(own.map((r) => r.wall));
  for (const [peer, sizes] of byPeer) {
    if (peer === 'project' || !sizes.has(n)) continue;
    const theirs = median(sizes.get(n)!.map((r) => r.wall));
    const cpu = median(own.map((r) => r.cpu)), theirCpu = median(sizes.get(n)!.map((r) => r.cpu));
    lines.push(`| ${n} | ${wall.toFixed(1)} (${own[0]!.pagesBuilt ?? '–'}) | ${peer} | ${theirs.toFixed(1)} | ${(wall / theirs).toFixed(2)} | ${cpu.toFixed(1)} | ${theirCpu.toFixed(1)} | ${(cpu / theirCpu).toFixed(2)} | ${Math.max(...own.map((r) => r.rssMB))} |`);
  }
}
console.log(lines.join('\n'));
