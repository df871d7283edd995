// Small helpers over hast trees shared by the rehype plugins.
import type { Element, ElementContent, Root, RootContent } from 'hast';

export type Parent = Root | Element;

export function isElement(node: unknown, tagName?: string): node is Element {
  return (
    typeof node === 'object' && node !== null && (node as Element).type === 'element' &&
    (tagName === undefined || (node as Element).tagName === tagName)
  );
}

export function classList(node: Element): string[] {
  const c: unknown = node.properties['className'];
  if (Array.isArray(c)) return c.map(String);
  return typeof c === 'string' ? c.split(/\s+/) : [];
}

export function hasClass(node: Element, name: string): boolean {
  return classList(node).includes(name);
}

export function el(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

export function txt(value: string): ElementContent {
  return { type: 'text', value };
}

/** Depth-first walk with access to the parent; return false from visit to skip a node's children. */
export function walk(
  node: Parent,
  visit: (child: RootContent, parent: Parent, index: number) => boolean | void,
): void {
  for (let i = 0; i < node.children.length; i++) {
    const child = node.children[i]!;
    if (visit(child, node, i) === false) continue;
    if (child.type === 'element') walk(child, visit);
  }
}

/** Text content, skipping elements marked as not part of the source text (markers, controls). */
export function sourceText(node: RootContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'raw') return node.value.replace(/<[^>]*>/g, '');
  if (node.type === 'element') {
    if (node.properties['dataNotSource'] !== undefined) return '';
    if (node.properties['dataFootnoteRef'] !== undefined) return '';
    if (node.properties['dataFootnoteBackref'] !== undefined) return '';
  }
  if ('children' in node) return node.children.map((c) => sourceText(c as RootContent)).join('');
  return '';
}
