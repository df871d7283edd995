// Line and column of a field, from the YAML parser's node ranges. A field that is missing is placed
// at the field that should hold it; a field named by an unknown key is placed at the key.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ContentRecord } from './load.ts';
import type { Path } from './problem.ts';

export interface Position {
  line?: number;
  column?: number;
}

export function locate(record: Pick<ContentRecord, 'document' | 'lineCounter' | 'yamlLine'>, path: Path, options: { key?: boolean } = {}): Position {
  const { document, lineCounter } = record;
  if (!document || !lineCounter) return {};
  const at = (node: Node | null | undefined): Position => {
    const offset = node?.range?.[0];
    if (offset === undefined) return { line: record.yamlLine + 1, column: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + record.yamlLine, column: col };
  };
  let node = document.contents as Node | null;
  let anchor: Node | null = node;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
      if (!pair) return at(anchor);
      anchor = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment] as Node;
      anchor = node;
    } else {
      return at(anchor);
    }
    // "summary:" with nothing after it has no value node: point at the field name.
    if (node === null || (isScalar(node) && node.value === null && node.source === '')) node = null;
  }
  return at(options.key || node === null ? anchor : node);
}
