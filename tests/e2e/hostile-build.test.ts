// One real build (no browser) of a collection whose every text field holds hostile text the validator
// accepts (fixed seed), beside a plain twin of each record: the hostile pages may hold no element or
// attribute their plain twins lack, and every export must be well-formed (issue 16).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Cite } from '@citation-js/core';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { coldBuild, prepareWorkspace } from '../../scripts/bench/build.ts';
import { validateContent } from '../../src/validate/index.ts';
import { citationValue, expectRisRecords, markupInventory, readCsv, readXml, xmlProblems, xmlTextOf } from '../support/export-checks.ts';
import { hostileRecords, hostileText, plainTexts, refusedAnyway, textFields, writeContent, type Texts } from '../support/hostile-content.ts';

const work = path.resolve('bench-out/hostile-build');
const content = path.join(work, 'content');
const out = path.join(work, 'dist');
const suffix = '-hostile';
const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');

/** For each field, the first of a few fixed-seed hostile texts the validator accepts there. */
async function acceptedTexts(): Promise<Texts> {
  const tries = 4;
  const candidates = fc.sample(hostileText, { seed: 16, numRuns: textFields.length * tries });
  const texts = Object.fromEntries(textFields.map((f) => [f, `Fallback ${f}`])) as Texts;
  const probe = path.join(work, 'probe');
  for (const [i, field] of textFields.entries()) {
    if (refusedAnyway.has(field)) continue;
    for (let k = 0; k < tries; k++) {
      const candidate = candidates[i + k * textFields.length]!;
      writeContent(probe, hostileRecords({ ...texts, [field]: candidate }, { all: false }));
      if ((await validateContent(probe)).problems.length === 0) {
        texts[field] = candidate;
        break;
      }
    }
  }
  return texts;
}

let texts: Texts;

beforeAll(async () => {
  texts = await acceptedTexts();
  writeContent(content, hostileRecords(plainTexts, { all: false }), hostileRecords(texts, { all: false, suffix }));
  expect((await validateContent(content)).problems).toEqual([]);
  const result = coldBuild(prepareWorkspace(path.join(work, 'site')), content, out);
  expect(result.ok, result.log.slice(-3000)).toBe(true);
}, 30 * 60_000); // one full Astro build: minutes on a busy machine, and no measure of speed

function htmlFiles(dir = out): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(full) : e.name.endsWith('.html') ? [path.relative(out, full)] : [];
  });
}

describe('a build of hostile text', () => {
  it('put hostile text the validator accepts into most fields', () => {
    const hostile = textFields.filter((f) => !texts[f].startsWith('Fallback '));
    expect(hostile.length).toBeGreaterThan(textFields.length / 2);
  });

  it('gives each hostile page no element or attribute its plain twin lacks, and JSON-LD that parses', () => {
    const pages = htmlFiles().filter((f) => f.includes(suffix));
    expect(pages.length).toBeGreaterThanOrEqual(7);
    for (const page of pages) {
      const twin = page.replaceAll(suffix, '');
      const hostileTree = fromHtml(read(page));
      const plain = markupInventory(fromHtml(read(twin)));
      // citeproc spells superscript characters ("²", "℠") as <sup>.
      for (const name of markupInventory(hostileTree)) expect(['sup', ...plain], `${page}: ${name}`).toContain(name);
      visit(hostileTree, 'element', (node: Element) => {
        if (node.tagName === 'script' && node.properties['type'] === 'application/ld+json') {
          JSON.parse(node.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
        }
      });
    }
  });

  it('writes a well-formed feed and sitemap that hold the text', () => {
    const feed = read('feed.xml');
    expect(xmlProblems(feed)).toEqual([]);
    const items = readXml(feed).rss.channel.item as { title?: string; link: string }[];
    expect(items).toHaveLength(4);
    expect(items.find((i) => i.link.includes(`2019-joint${suffix}`))!.title ?? '').toBe(xmlTextOf(texts.title));
    expect(xmlProblems(read('sitemap.xml'))).toEqual([]);
  });

  it('writes BibTeX and RIS that read back as one record each, with the title', () => {
    for (const base of [`statements/2019-joint${suffix}`, `statements/2019-editorial${suffix}`, `cited-works/work-a${suffix}`]) {
      const [record, ...rest] = new Cite(read(`${base}/cite.bib`)).data;
      expect(rest).toEqual([]);
      const title = base.startsWith('cited-works') ? texts.citationTitle : texts.title;
      expect(citationValue(String(record!['title'] ?? ''))).toBe(citationValue(title));
      expectRisRecords(read(`${base}/cite.ris`), 1);
    }
    expect(new Cite(read('data/citations.bib')).data).toHaveLength(4);
  });

  it('writes CSV with one row per organization and signature and no formula', () => {
    const orgs = readCsv(read('data/organizations.csv'), 9);
    expect(orgs).toHaveLength(5);
    expect(orgs.find((r) => r[0] === `org-a${suffix}`)![1]).toBe(texts.orgName.trim().toWellFormed());
    expect(readCsv(read('data/signatures.csv'), 8)).toHaveLength(5);
  });

  it('draws the social image as a 1200×630 PNG', () => {
    const png = fs.readFileSync(path.join(out, `og/statements/2019-joint${suffix}.png`));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
