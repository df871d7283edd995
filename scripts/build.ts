// npm run build: Astro and Pagefind write into a staging folder, and dist/ is replaced only when both
// succeeded, so a failed build never leaves half a site for `astro preview` or a deploy to publish.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const bin = (name: string) => path.resolve(import.meta.dirname, '..', 'node_modules/.bin', name);

/** The folders, in the working directory: dist/ and, beside it on the same disk, the two transient ones. */
export function buildFolders(root = process.cwd()) {
  return { dist: path.join(root, 'dist'), staging: path.join(root, 'dist.staging'), old: path.join(root, 'dist.old') };
}

/** Runs one step with its output shown; the reason it failed, or undefined. */
function run(step: string, command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.error) return `${step} could not start (${result.error.message})`;
  if (result.signal) return `${step} was stopped (${result.signal})`;
  return result.status === 0 ? undefined : `${step} failed (exit code ${result.status})`;
}

/** Puts the staged site in place of dist/: the old one is renamed away first and removed last. */
export function replaceDist({ dist, staging, old }: ReturnType<typeof buildFolders>): void {
  fs.rmSync(old, { recursive: true, force: true });
  const hadDist = fs.existsSync(dist);
  if (hadDist) fs.renameSync(dist, old);
  try {
    fs.renameSync(staging, dist);
  } catch (error) {
    if (hadDist) fs.renameSync(old, dist);
    throw error;
  }
  fs.rmSync(old, { recursive: true, force: true });
}

function main(): number {
  const folders = buildFolders();
  // Left over from a build that was killed: never part of a site.
  for (const dir of [folders.staging, folders.old]) fs.rmSync(dir, { recursive: true, force: true });
  const failure =
    run('Astro', bin('astro'), ['build', '--outDir', folders.staging]) ??
    run('Pagefind', bin('pagefind'), ['--site', folders.staging, '--silent']);
  if (failure) {
    fs.rmSync(folders.staging, { recursive: true, force: true });
    const kept = fs.existsSync(folders.dist) ? 'dist/ is unchanged, still the previous build' : 'there is no dist/';
    console.error(`\nThe build stopped: ${failure}. ${kept}; see the messages above.`);
    return 1;
  }
  replaceDist(folders);
  console.log('The new site is in dist/ (Astro pages and Pagefind index).');
  return 0;
}

if (import.meta.main) process.exitCode = main();
