// A new record as YAML with a comment above every field: what it is for, what it accepts, whether it
// is required. Fields without a value are written commented out, ready to be filled in.
import { Document, isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { Field } from './fields.ts';

/** "# Where it is based … Optional: a list of codes …" above a field. */
function about(field: Field): string {
  return ` ${field.doc} ${field.required ? 'Required' : 'Optional'}: ${field.type}.`;
}

/** A field with no value, commented out: "name:" or a small skeleton of a list. */
function skeleton(field: Field): string[] {
  if (field.children.length === 0) return [field.list ? `${field.name}: []` : `${field.name}:`];
  // Each field of a group gets its own explanation, indented like the field, however deep.
  return [
    `${field.name}:`,
    ...field.children.flatMap((child, i) => {
      const [first, ...rest] = skeleton(child);
      const lead = field.list ? (i === 0 ? '- ' : '  ') : '';
      return [`    #${about(child)}`, `  ${lead}${first}`, ...rest.map((line) => `  ${field.list ? '  ' : ''}${line}`)];
    }),
  ];
}

const keyOf = (map: YAMLMap, name: string): Node | undefined =>
  map.items.find((pair) => isScalar(pair.key) && pair.key.value === name)?.key as Node | undefined;

/** Hangs the comments on the keys of a map; returns the comment lines left after its last key. */
function annotate(map: YAMLMap, fields: Field[]): string[] {
  let pending: string[] = [];
  for (const field of fields) {
    const key = keyOf(map, field.name);
    if (!key) {
      pending.push(about(field), ...skeleton(field).map((line) => ` ${line}`));
      continue;
    }
    key.commentBefore = [...pending, about(field)].join('\n');
    pending = [];
    const value = map.items.find((pair) => pair.key === key)?.value;
    if (isMap(value) && field.children.length > 0) {
      const rest = annotate(value, field.children);
      if (rest.length) value.comment = rest.join('\n');
    }
  }
  return pending;
}

export function scaffoldYaml(header: string[], fields: Field[], data: Record<string, unknown>): string {
  const document = new Document(data);
  const rest = annotate(document.contents as YAMLMap, fields);
  if (rest.length) document.comment = rest.join('\n');
  return `${header.map((line) => `# ${line}`).join('\n')}\n\n${document.toString({ lineWidth: 0 })}`;
}
