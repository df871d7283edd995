// Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json).
// One exception, justified: long-title is off because a statement's page title is its title as
// printed, often over 70 characters, and shortening it would misquote the source.
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { distPages } from '../support/dist-pages.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = distPages();
const text = formatterFactory('text');

describe('HTML of the built site', () => {
  it(`html-validate reports no errors on any of the ${pages.length} pages`, async () => {
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page.file);
      if (!report.valid) failures.push(text(report.results));
    }
    expect(failures.slice(0, 10).join('\n'), `${failures.length} pages with errors`).toBe('');
  });

  it('the validator runs with the recommended rules (a known fault is reported)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a">x</p><p id="a">y</p><img src="x.png"></body></html>', 'fixture.html');
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37']));
  });
});
