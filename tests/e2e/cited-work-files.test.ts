// The built site's citation files for every cited work: cite.bib, cite.ris and cite.json beside the
// work's page, linked from it, each byte for byte what `astro dev` serves at the same address (one
// function makes both: src/build/cited-work-files.ts), and in the media type reference managers expect.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentIds } from '../support/content-ids.ts';
import { useSite } from '../support/site.ts';
import { citedWorkFileAt } from '../../src/build/cited-work-files.ts';
import { citationFiles } from '../../src/cite/formats.ts';

const site = useSite();
const works = contentIds('citations');

describe("the cited works' citation files", () => {
  it('are in dist/ for every cited work, each with the bytes the dev server gives', () => {
    expect(works.length).toBeGreaterThan(0);
    for (const id of works) {
      for (const { file } of citationFiles) {
        const address = `/cited-works/${id}/${file}`;
        const built = path.join('dist', 'cited-works', id, file);
        expect(fs.existsSync(built), address).toBe(true);
        expect(fs.readFileSync(built, 'utf8'), address).toBe(citedWorkFileAt(address, 'content')!.body);
      }
    }
  });

  it("are linked from the work's page and open from there", async () => {
    const page = await site.page();
    await page.goto(site.url(`/cited-works/${works[0]}/`));
    for (const { file } of citationFiles) {
      const href = await page.locator(`a[href$="${file}"]`).first().getAttribute('href');
      const response = await fetch(new URL(href!, page.url()));
      expect(response.status, file).toBe(200);
      expect((await response.text()).length, file).toBeGreaterThan(0);
    }
    await page.close();
  });
});
