// Writes a proposal into a citation's YAML text, changing only the `link` and `archive` fields:
// the Document API locates their nodes, and only those bytes are replaced, so comments, quoting
// and the order of every other field stay exactly as the editor left them.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, Scalar, type Pair } from 'yaml';
import { proposalYaml, yamlString, type Proposal } from './proposal.ts';

interface Edit {
  start: number;
  end: number;
  text: string;
}

type Fields = Record<string, string>;

function renderScalar(value: string, type: Scalar['type'], inFlow: boolean): string {
  if (type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (type === Scalar.QUOTE_SINGLE) return `'${value.replaceAll("'", "''")}'`;
  return yamlString(value, inFlow);
}

function block(key: 'link' | 'archive', proposal: Proposal, eol: string): string {
  const text = proposalYaml(proposal, eol);
  const at = text.indexOf(`archive:`);
  return key === 'link' ? (at === -1 ? text : text.slice(0, at)) : text.slice(at);
}

/** Edits that set the scalars in place when the field is a map holding all of them; undefined otherwise. */
function scalarEdits(pair: Pair, fields: Fields): Edit[] | undefined {
  const map = pair.value;
  if (!isMap(map)) return undefined;
  const edits: Edit[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const node = map.get(name, true);
    if (!isScalar(node) || !node.range) return undefined;
    edits.push({ start: node.range[0], end: node.range[1], text: renderScalar(value, node.type, Boolean(map.flow)) });
  }
  return edits;
}

/** The offset just past the line on which the top-level map's last field ends. */
function appendOffset(source: string, end: number): number {
  if (end > 0 && source[end - 1] === '\n') return end;
  const newline = source.indexOf('\n', end);
  return newline === -1 ? source.length : newline + 1;
}

/** The new text of a citation file with proposal applied; throws rather than write anything else. */
export function applyProposal(source: string, proposal: Proposal): string {
  const doc = parseDocument(source);
  if (doc.errors.length > 0) throw new Error(`the YAML cannot be read: ${doc.errors[0]!.message.split('\n')[0]}`);
  const top = doc.contents;
  if (!isMap(top) || !top.range) throw new Error('the file is not a map of fields');
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const edits: Edit[] = [];
  let appended = '';
  const wanted: ['link' | 'archive', Fields | undefined][] = [
    ['link', proposal.link],
    ['archive', proposal.archive && { ...proposal.archive }],
  ];
  for (const [key, fields] of wanted) {
    if (!fields) continue;
    const pair = top.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) {
      appended += block(key, proposal, eol);
      continue;
    }
    const inPlace = scalarEdits(pair, fields);
    if (inPlace) {
      edits.push(...inPlace);
      continue;
    }
    const keyRange = (pair.key as Scalar).range!;
    const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
    const end = valueRange ? valueRange[1] : keyRange[1];
    const replaced = block(key, proposal, eol);
    const endsLine = source.slice(keyRange[0], end).endsWith('\n');
    edits.push({ start: keyRange[0], end, text: endsLine ? replaced : replaced.slice(0, -eol.length) });
  }
  if (appended) {
    const at = appendOffset(source, top.range[1]);
    edits.push({ start: at, end: at, text: (at > 0 && source[at - 1] !== '\n' ? eol : '') + appended });
  }
  let result = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  checkOnlyLinkChanged(doc.toJS() as Record<string, unknown>, result, proposal);
  return result;
}

/** The safety net: the new text must read back as the old record with exactly the proposed fields. */
function checkOnlyLinkChanged(before: Record<string, unknown>, after: string, proposal: Proposal): void {
  const expected: Record<string, unknown> = { ...before, link: { ...(before['link'] as object), ...proposal.link } };
  if (proposal.archive) expected['archive'] = { ...(before['archive'] as object), ...proposal.archive };
  const reread = parseDocument(after);
  if (reread.errors.length > 0 || !isDeepStrictEqual(normalise(reread.toJS()), normalise(expected))) {
    throw new Error('updating link and archive would have changed other fields; the file was left as it was');
  }
}

/** Key order is not data: compare records as sorted entries. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}
