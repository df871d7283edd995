// The published text of each statement matches its source transcription word for word.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { firstDifference, readSeed, words } from '../support/seed-text.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const dir = 'content/statements';
const statements = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => {
  const text = fs.readFileSync(path.join(dir, f), 'utf8');
  const fm = parse(text.split(/^---$/m)[1]!) as { provenance: { source: string } };
  return { slug: f.replace(/\.md$/, ''), source: fm.provenance.source };
});

describe.each(statements)('statement $slug', ({ slug, source }) => {
  const seed = readSeed(fs.readFileSync(source, 'utf8'));

  async function pageText() {
    const page = await site.page();
    await page.goto(site.url(`/statements/${slug}/`));
    const result = await page.evaluate(() => {
      const visible = (root: Element) => {
        const clone = root.cloneNode(true) as Element;
        clone.querySelectorAll('[data-not-source], [data-footnote-ref], .footnote-backref, .notes-heading, section.footnotes').forEach((n) => n.remove());
        return clone.textContent ?? '';
      };
      const text = document.querySelector('.statement-text')!;
      return {
        title: document.querySelector('h1')!.textContent ?? '',
        date: document.querySelector('.facts time')!.textContent ?? '',
        body: visible(text),
        notes: [...text.querySelectorAll('section.footnotes li')].map(visible),
        signatories: [...document.querySelectorAll('.signatories h3, .signatories li')].map((n) => n.textContent ?? ''),
      };
    });
    await page.close();
    return result;
  }

  it('has the source title and date', async () => {
    const page = await pageText();
    expect(words(page.title).replace(/"/g, '')).toBe(words(seed.title).replace(/"/g, ''));
    if (seed.dateLine) expect(page.date).toBe(seed.dateLine);
  });

  it('reproduces the body word for word', async () => {
    const page = await pageText();
    expect(firstDifference(page.body, seed.body)).toBeUndefined();
  });

  it('reproduces every note word for word, in order', async () => {
    const page = await pageText();
    expect(page.notes).toHaveLength(seed.notes.length);
    page.notes.forEach((note, i) => expect(firstDifference(note, seed.notes[i]!), `note ${i + 1}`).toBeUndefined());
  });

  it('lists the signatories as printed, in order and under their headings', async () => {
    const page = await pageText();
    expect(page.signatories.map(words)).toEqual(seed.signatories.map(words));
  });
});
