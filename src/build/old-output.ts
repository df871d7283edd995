// Astro empties the output folder before writing a build, file by file on its main thread: tens of
// thousands of files of the previous build, which readers never see again, deleted before the
// first page is made. Instead the old output is renamed aside (one rename, instant) and deleted on
// libuv's thread pool while the build goes on; the build waits for it only at the end.
import fs from 'node:fs';
import path from 'node:path';

/** The name the old output takes beside the output folder while it is deleted. */
const asideMark = '.removing-';

/**
 * Moves the output folder's old contents aside and starts deleting them. Returns the deletion, to
 * await before the build ends. A folder Astro would keep part of (it spares .git), one that cannot
 * be renamed (another disk, a mount point) or none at all is left as it is, for Astro to empty.
 * Folders left aside by a build that was killed are deleted too.
 */
export function removeOldOutput(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  const prefix = `${path.basename(outDir)}${asideMark}`;
  const leftovers = fs.existsSync(parent) ? fs.readdirSync(parent).filter((name) => name.startsWith(prefix)).map((name) => path.join(parent, name)) : [];
  const aside = path.join(parent, `${prefix}${process.pid}`);
  if (fs.existsSync(outDir) && !fs.existsSync(path.join(outDir, '.git')) && !leftovers.includes(aside)) {
    try {
      fs.renameSync(outDir, aside);
      leftovers.push(aside);
    } catch {
      // Astro empties it instead, as it always did.
    }
  }
  return Promise.all(leftovers.map((dir) => fs.promises.rm(dir, { recursive: true, force: true, maxRetries: 3 }))).then(() => undefined);
}
