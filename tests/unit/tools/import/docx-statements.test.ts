// A statement of our own laid out unlike the seeds, made as a Word document: Spanish, endnotes, a
// note that cites two works, a hyperlink in the text, bold and italics, and a two-column signatory
// list under country headings; imported from the .docx and through `npm run import`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { docxText } from '../../../../src/tools/import/docx.ts';
import { importStatement } from '../../../../src/tools/import/index.ts';
import { knownContent } from '../../../../src/tools/import/known.ts';
import { fixtureContent, ids, noteTexts } from './helpers.ts';
import { makeDocx, type DocSpec } from './make-docx.ts';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-docx-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const spec: DocSpec = {
  title: '**Rechazamos el acuerdo de “tercer país seguro”**',
  dateLine: 'Ciudad de México, 30 de julio de 2019',
  blocks: [
    'Las organizaciones abajo firmantes expresamos nuestro *profundo rechazo* al acuerdo firmado entre los gobiernos de Estados Unidos y Guatemala.[^1] Este acuerdo obligaría a las personas que transitan por Guatemala a pedir asilo en ese país, que no cuenta con un sistema de protección adecuado.[^2]',
    '## Lo que pedimos',
    '- Que el Gobierno de México no acepte un acuerdo de **tercer país seguro**.',
    'Como lo ha documentado la [Red Jesuita con Migrantes](https://www.example.org/rjm/informe), las personas que huyen de la violencia no encuentran protección en la región.',
    'Firmantes:',
  ],
  notes: new Map([
    ['1', 'Departamento de Seguridad Nacional, *Acuerdo de Cooperación en materia de Asilo*, 26 de julio de 2019, <https://www.dhs.gov/publication/guatemala-acuerdo-asilo>'],
    ['2', 'ACNUR, *Guatemala: hoja informativa*, junio de 2019, <https://www.acnur.org/guatemala-hoja-informativa.pdf> y Amnistía Internacional, *Nadie me protege*, 2018, <https://www.amnesty.org/es/documents/amr34/nadie-me-protege/>'],
  ]),
  endnotes: true,
  signatories: ['México', 'Centro de Derechos Humanos Fray Matias de Cordova', 'Instituto para las Mujeres en la Migracion (IMUMI)', 'Red Jesuita con Migrantes México', 'Guatemala', 'Asociación Pop No’j', 'Pastoral de Movilidad Humana'],
  columns: true,
};
const bytes = makeDocx(spec);

describe('a Spanish statement with endnotes and a two-column signatory list, from a .docx', () => {
  const imported = bytes.then(async (docx) => {
    const read = await docxText(docx);
    if ('problem' in read) throw new Error(read.problem);
    return importStatement(read.text, knownContent(fixtureContent), { sourcePath: 'content/sources/acuerdo.docx', today: '2026-11-23', from: 'a Word document' });
  });

  test('the text is the document word for word, with its emphasis, heading, list and link', async () => {
    const { statement } = await imported;
    expect(statement.body!.split('\n\n[^1]:')[0]).toBe([
      'Las organizaciones abajo firmantes expresamos nuestro *profundo rechazo* al acuerdo firmado entre los gobiernos de Estados Unidos y Guatemala.[^1] Este acuerdo obligaría a las personas que transitan por Guatemala a pedir asilo en ese país, que no cuenta con un sistema de protección adecuado.[^2]',
      '## Lo que pedimos',
      '- Que el Gobierno de México no acepte un acuerdo de **tercer país seguro**.',
      'Como lo ha documentado la [Red Jesuita con Migrantes](https://www.example.org/rjm/informe), las personas que huyen de la violencia no encuentran protección en la región.',
    ].join('\n\n'));
    expect(statement.data['title']).toBe('Rechazamos el acuerdo de “tercer país seguro”');
    expect(statement.data['date']).toBe('2019-07-30');
    expect(statement.data['language']).toBe('es');
  });

  test('the endnotes are the notes, at their markers, the second citing two works', async () => {
    const result = await imported;
    expect(noteTexts(result.statement.body!)).toEqual([...spec.notes]);
    expect(result.citations.map((c) => [c.note, c.ids.length])).toEqual([['1', 1], ['2', 2]]);
  });

  test('the two columns of signatories are read down each column, under their country headings', async () => {
    const groups = (await imported).statement.data['signatories'] as { group: string; organizations: (string | { id: string })[] }[];
    expect(groups.map((g) => [g.group, ids(g.organizations).length])).toEqual([['México', 3], ['Guatemala', 2]]);
  });
});

test('npm run import -- statement.docx writes the draft and keeps the .docx in content/sources/', async () => {
  const root = path.join(temp, 'content');
  fs.cpSync(fixtureContent, root, { recursive: true });
  const file = path.join(temp, 'acuerdo.docx');
  fs.writeFileSync(file, await bytes);
  const run = spawnSync(path.resolve('node_modules/.bin/node'), ['scripts/import.ts', file, '--content', root, '--today', '2026-11-23'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(fs.readFileSync(path.join(root, 'sources', 'acuerdo.docx')).equals(fs.readFileSync(file))).toBe(true);
  const draft = fs.readdirSync(path.join(root, 'statements')).find((f) => f.startsWith('2019-rechazamos'))!;
  const front = parse(fs.readFileSync(path.join(root, 'statements', draft), 'utf8').split('\n---\n')[0]!.replace(/^---\n/, ''));
  expect(front.provenance.source).toBe('content/sources/acuerdo.docx');
  expect(front.provenance.description).toMatch(/^Transcription imported from a Word document; 2 notes became linked notes\.$/);
});
