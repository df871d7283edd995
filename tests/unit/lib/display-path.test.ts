// Files as messages and tools show them: relative to the repository root, with forward slashes.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { displayPath } from '../../../src/lib/display-path.ts';

describe('displayPath', () => {
  test('a file inside the working folder is shown relative to it, with forward slashes', () => {
    expect(displayPath(path.resolve('content', 'statements', 'a.md'))).toBe('content/statements/a.md');
  });

  test('a file outside the working folder keeps its absolute path', () => {
    const outside = path.resolve(process.cwd(), '..', 'elsewhere', 'a.md');
    expect(displayPath(outside)).toBe(outside);
  });

  test('the working folder itself is "."', () => {
    expect(displayPath(process.cwd())).toBe('.');
  });
});
