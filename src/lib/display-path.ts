// How every message and tool shows a file: relative to the repository root (the working folder),
// with forward slashes on every system; a file outside it keeps its absolute path.
import path from 'node:path';

export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}
