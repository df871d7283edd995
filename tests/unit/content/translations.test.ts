// The list of texts that take a Spanish version (src/content/translations.ts) and the schemas' es:
// blocks name the same fields, so the warning asks for exactly what editors can write.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { collectionNames } from '../../../src/content/collections.ts';
import { aboutSchema } from '../../../src/content/schemas/about.ts';
import { textsToTranslate, translatedFields } from '../../../src/content/translations.ts';
import { allFields, fieldsOf } from '../../../src/tools/new/fields.ts';

interface Node { properties?: Record<string, Node> }
const leafPaths = (node: Node | undefined, prefix: string[] = []): string[] =>
  Object.entries(node?.properties ?? {}).flatMap(([key, child]) => (child.properties ? leafPaths(child, [...prefix, key]) : [[...prefix, key].join('.')]));

describe('translated fields', () => {
  test("every collection's es: block holds exactly the translated texts (aliases and editor's notes aside)", () => {
    for (const collection of collectionNames) {
      const spanish = allFields(fieldsOf(collection)).filter((f) => f.path.startsWith('es.') && f.children.length === 0).map((f) => f.path.slice(3));
      const expected = translatedFields[collection].map((p) => p.join('.'));
      expect(spanish.filter((p) => p !== 'aliases' && p !== 'editorNotes').sort(), collection).toEqual([...expected].sort());
      for (const path of expected) expect(allFields(fieldsOf(collection)).map((f) => f.path), collection).toContain(path);
    }
  });

  test("about.yaml's es: block repeats its texts", () => {
    const json = z.toJSONSchema(aboutSchema, { io: 'input' }) as Node;
    expect(leafPaths(json.properties!['es']).sort()).toEqual(translatedFields.about.map((p) => p.join('.')).sort());
  });

  test("an editor's note is asked for once by its id, wherever it stands", () => {
    const data = { summary: 'S.', editorNotes: [{ id: 'a', text: 'One.' }, { id: 'b', text: 'Two.' }, { id: 'a', text: 'Again.' }] };
    expect(textsToTranslate('statements', data).map((t) => t.spanish.join('.'))).toEqual(['es.summary', 'es.editorNotes.a', 'es.editorNotes.b']);
  });
});
