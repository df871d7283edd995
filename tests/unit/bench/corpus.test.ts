// The benchmark's synthetic collection: deterministic, in the project's real content format, and
// valid under the validator; and the determinism check's tree comparison reports what differs.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../../scripts/bench/corpus.ts';
import { writeContent } from '../../../scripts/bench/content.ts';
import { compareTrees } from '../../../scripts/bench/determinism.ts';
import { validateContent } from '../../../src/validate/index.ts';

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));

describe('synthetic corpus', () => {
  it('the same size and seed give the same corpus; another seed gives another', () => {
    expect(JSON.stringify(generateCorpus(15))).toBe(JSON.stringify(generateCorpus(15)));
    expect(JSON.stringify(generateCorpus(15, 1))).not.toBe(JSON.stringify(generateCorpus(15)));
  });

  it('draws signatories from about 2,000 organizations and policies from about 150, with notes in reading order', () => {
    const corpus = generateCorpus(30);
    expect(corpus.orgs).toHaveLength(2000);
    expect(new Set(corpus.orgs.map((o) => o.name)).size).toBe(2000);
    expect(corpus.policies).toHaveLength(150);
    const orgIds = new Set(corpus.orgs.map((o) => o.id));
    for (const st of corpus.statements) {
      expect(st.signatories.every((id) => orgIds.has(id))).toBe(true);
      const markers = st.paragraphs.join(' ').match(/\[\[fn:(\d+)\]\]/g)!.map((m) => Number(/\d+/.exec(m)![0]));
      expect(markers).toEqual(st.footnotes.map((f) => f.n));
      expect(markers).toEqual(markers.map((_, i) => i + 1));
    }
  });

  it('written as content, it passes the validator with no problem', async () => {
    const root = tmp('content');
    const counts = writeContent(generateCorpus(12), root);
    expect(counts.statements).toBe(12);
    expect(fs.readdirSync(path.join(root, 'statements'))).toHaveLength(12);
    const report = await validateContent(root);
    expect(report.problems).toEqual([]);
    fs.rmSync(root, { recursive: true, force: true });
  }, 60_000);
});

describe('comparing two builds', () => {
  it('reports a file that differs (with where), and a file only one build has', () => {
    const a = tmp('a'), b = tmp('b');
    fs.writeFileSync(path.join(a, 'same.html'), 'same');
    fs.writeFileSync(path.join(b, 'same.html'), 'same');
    fs.writeFileSync(path.join(a, 'x.html'), '<p>built at 12:00</p>');
    fs.writeFileSync(path.join(b, 'x.html'), '<p>built at 12:01</p>');
    fs.writeFileSync(path.join(a, 'only.txt'), '');
    const problems = compareTrees(a, b);
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(expect.arrayContaining(['only in the first build: only.txt', expect.stringMatching(/^x\.html: .*first difference at byte 16/)]));
    expect(compareTrees(a, a)).toEqual([]);
  });
});
