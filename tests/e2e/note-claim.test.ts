// A note keeps its claim (issue 14, point 1): a note read on its own shows the sentence it supports
// and where it is; fragment targets have room above and are marked; coming back marks the sentence
// and does not reopen the preview. Checked at phone and desktop widths, light and dark, with and
// without JavaScript where reading is concerned.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

const site = useSite();
const statement = '/statements/2019-guatemala-border-externalization/';
const views = [
  { name: '390px light', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
  { name: '390px dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark' as const },
  { name: '1280px light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' as const },
  { name: '1280px dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' as const },
];

async function open(view: (typeof views)[number], javaScriptEnabled: boolean, hash = ''): Promise<Page> {
  const context = await site.browser.newContext({ viewport: view.viewport, colorScheme: view.colorScheme, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.url(`${statement}${hash}`));
  return page;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(views)('a note keeps its claim at $name', (view) => {
  it('every note opens with the sentence it supports, linked to its reference in the text (no JavaScript)', async () => {
    const page = await open(view, false);
    const notes = await page.locator('.footnotes li[id^="fn-"]').evaluateAll((lis) =>
      lis.map((li) => {
        const links = [...li.querySelectorAll('.note-claim a')].map((a) => {
          const ref = document.getElementById(a.getAttribute('href')!.slice(1));
          const passage = ref?.closest('p, li, blockquote');
          const before = passage ? passage.textContent!.slice(0, passage.textContent!.indexOf(ref!.textContent!, 0)) : '';
          return { claim: a.textContent!, isReference: ref?.matches('a[data-footnote-ref]') ?? false, passage: passage?.textContent ?? '', before };
        });
        return { id: li.id, links, claimShown: li.querySelector('.note-claim')?.checkVisibility() ?? false };
      }),
    );
    expect(notes.length).toBe(12);
    for (const note of notes) {
      expect(note.links.length, note.id).toBeGreaterThan(0);
      expect(note.claimShown, note.id).toBe(true);
      for (const link of note.links) {
        expect(link.isReference, note.id).toBe(true);
        expect(link.claim).toMatch(/^“.+”$/);
        expect(squash(link.passage), note.id).toContain(squash(link.claim.slice(1, -1)));
      }
    }
    await page.context().close();
  });

  it('a note reached by its link says which statement and which note it is, with room above, and is marked (no JavaScript)', async () => {
    const page = await open(view, false, '#fn-3');
    const state = await page.evaluate(() => {
      const note = document.getElementById('fn-3')!;
      const where = note.querySelector('.note-where')!;
      const box = note.getBoundingClientRect();
      return {
        where: where.checkVisibility() ? where.textContent : null,
        otherShown: [...document.querySelectorAll('.footnotes li:not(:target) .note-where')].some((w) => w.checkVisibility()),
        title: document.querySelector('h1')!.textContent!.trim(),
        top: box.top,
        height: innerHeight,
        marked: getComputedStyle(note).backgroundColor !== getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(state.where).toBe(`${state.title} · note 3 of 12`);
    expect(state.otherShown).toBe(false);
    expect(state.top).toBeGreaterThanOrEqual(state.height * 0.2);
    expect(state.marked).toBe(true);
    await page.context().close();
  });

  it('a reference reached by its link has room above and is marked (no JavaScript)', async () => {
    const page = await open(view, false, '#fnref-3');
    const state = await page.evaluate(() => {
      const ref = document.getElementById('fnref-3')!;
      return { top: ref.getBoundingClientRect().top, height: innerHeight, marked: getComputedStyle(ref).backgroundColor !== 'rgba(0, 0, 0, 0)' };
    });
    expect(state.top).toBeGreaterThanOrEqual(state.height * 0.2);
    expect(state.marked).toBe(true);
    await page.context().close();
  });

  it('going back from a note marks the whole sentence and does not reopen the preview', async () => {
    const page = await open(view, true, '#fn-3');
    await page.click('#fn-3 a.footnote-backref');
    expect(new URL(page.url()).hash).toBe('#fnref-3');
    const state = await page.evaluate(() => {
      const highlight = CSS.highlights.get('note-claim');
      const range = highlight ? ([...highlight][0] as Range) : undefined;
      const claim = document.querySelector('#fn-3 .note-claim a')!.textContent!.slice(1, -1);
      return {
        focused: document.activeElement?.id,
        previewShown: !(document.getElementById('note-preview')?.hidden ?? true),
        marked: range?.toString() ?? '',
        claim,
      };
    });
    // The browser focuses the reference it goes back to: that focus is what must not open the preview.
    expect(state.focused).toBe('fnref-3');
    expect(state.previewShown).toBe(false);
    expect(squash(state.marked)).toContain(squash(state.claim));
    expect(squash(state.marked).startsWith(squash(state.claim).slice(0, 20))).toBe(true);
    await page.context().close();
  });
});
