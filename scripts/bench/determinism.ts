// npm run check:determinism [-- --content DIR]: builds the site twice, cold, into two folders and
// compares them byte for byte (Pagefind included). Prints every file that differs and where; exits 1
// if any does. Slow (two full builds), so it is a separate check rather than part of npm test.
import fs from 'node:fs';
import path from 'node:path';
import { coldBuild, prepareWorkspace } from './build.ts';

function files(root: string, dir = root, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files(root, full, out);
    else out.push(path.relative(root, full));
  }
  return out.sort();
}

/** Where two versions of a file first differ, with a little context from each. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const context = (x: Buffer) => JSON.stringify(x.subarray(Math.max(0, i - 30), i + 50).toString('utf8'));
  return `sizes ${a.length} and ${b.length}, first difference at byte ${i}: ${context(a)} vs ${context(b)}`;
}

export function compareTrees(a: string, b: string): string[] {
  const left = files(a), right = files(b);
  const problems: string[] = [];
  for (const f of left.filter((x) => !right.includes(x))) problems.push(`only in the first build: ${f}`);
  for (const f of right.filter((x) => !left.includes(x))) problems.push(`only in the second build: ${f}`);
  for (const f of left.filter((x) => right.includes(x))) {
    const x = fs.readFileSync(path.join(a, f)), y = fs.readFileSync(path.join(b, f));
    if (!x.equals(y)) problems.push(`${f}: ${firstDifference(x, y)}`);
  }
  return problems;
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--content');
  const content = path.resolve(at >= 0 && args[at + 1] ? args[at + 1]! : 'content');
  const out = path.resolve('bench-out', 'determinism');
  const workspace = prepareWorkspace(path.join(out, 'site'));
  const builds = ['first', 'second'].map((name) => {
    const dist = path.join(out, name);
    console.error(`[determinism] cold build ${name} of ${content} -> ${dist}`);
    const result = coldBuild(workspace, content, dist);
    if (!result.ok) throw new Error(`the ${name} build failed:\n${result.log.slice(-2000)}`);
    return dist;
  });
  const problems = compareTrees(builds[0]!, builds[1]!);
  const count = files(builds[0]!).length;
  if (problems.length === 0) {
    console.log(`Two cold builds gave byte-identical dist/ folders: ${count} files, Pagefind index included.`);
    return 0;
  }
  console.log(`${problems.length} of ${count} files differ between two cold builds of the same commit:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return 1;
}

if (import.meta.main) process.exitCode = await main();
