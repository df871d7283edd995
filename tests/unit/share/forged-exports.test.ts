// The reproductions of issue 16 ("no forged export"): text from a partner's pull request must stay
// text in every download, whatever characters it holds.
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { getRssString } from '@astrojs/rss';
import { citationCsl, statementCsl } from '../../../src/cite/csl.ts';
import { bibliographyHtml, toBibtex, toRis } from '../../../src/cite/formats.ts';
import type { Collection } from '../../../src/content/model.ts';
import { organizationSchema } from '../../../src/content/schemas/index.ts';
import { feedOptions } from '../../../src/share/feeds.ts';
import { organizationsCsv, signaturesCsv } from '../../../src/share/open-data.ts';
import { ogImageSvg } from '../../../src/share/og-image.ts';
import { collection, joint, site } from '../cite/fixtures.ts';
import { xmlProblems } from '../../support/export-checks.ts';

const forgedName = 'Foo}}, title = {Forged';
const withOrganization = (name: string, extra: Record<string, unknown> = {}): Collection => ({
  ...collection,
  organizations: new Map([...collection.organizations, ['wola', organizationSchema.parse({ name, type: 'ngo', ...extra })]]),
});
const withStatement = (data: Partial<typeof joint.data>): Collection => ({
  ...collection,
  statements: [{ ...joint, data: { ...joint.data, ...data } }, ...collection.statements.slice(1)],
});

describe('BibTeX', () => {
  it('keeps an organization named "Foo}}, title = {Forged" inside its author field', () => {
    for (const item of [statementCsl(joint, withOrganization(forgedName), site), citationCsl('wola-agents', collection.citations.get('wola-agents')!, withOrganization(forgedName))]) {
      const bib = toBibtex([item]);
      const [back, ...rest] = new Cite(bib).data;
      expect(rest).toEqual([]);
      expect(back!['title']).toBe(item.title);
      expect((back!['author'] as { family?: string; literal?: string }[]).map((a) => a.literal ?? a.family)).toContain(forgedName);
      expect(bib.match(/^\ttitle = /gm)).toHaveLength(1);
    }
  });

  it('writes a TeX command as text, never as a command', () => {
    const command = '\\immediate\\write18{rm -rf ~}';
    const bib = toBibtex([statementCsl(joint, withOrganization(command), site)]);
    expect(bib).not.toContain('\\immediate');
    expect(bib).not.toContain('\\write18');
    const authors = new Cite(bib).data[0]!['author'] as { family?: string; literal?: string }[];
    expect(authors.map((a) => a.literal ?? a.family)).toContain(command);
  });

  it('reads "<i>" in a title as text, so no brace is left open', () => {
    const item = { ...statementCsl(joint, collection, site), title: 'Open <i> and <span class="nocase">x' };
    const [back, ...rest] = new Cite(toBibtex([item])).data;
    expect(rest).toEqual([]);
    expect(back!['title']).toBe(item.title);
  });

  it('keeps characters it has no TeX spelling for, such as Chinese, instead of dropping them', () => {
    const item = { ...statementCsl(joint, collection, site), title: '移民 and Tiếng Việt 𝔸' };
    expect(new Cite(toBibtex([item])).data[0]!['title']).toBe(item.title);
  });
});

describe('RIS', () => {
  it('keeps a title with a newline and "ER  -" / "TY  -" in one record', () => {
    const title = 'Statement\nER  - \nTY  - JOUR\nTI  - Forged';
    const ris = toRis([statementCsl(withStatement({ title }).statements[0]!, collection, site)]);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(1);
    const records = new Cite(ris).data;
    expect(records).toHaveLength(1);
    // One line, single spaces: readers such as citation-js cut a value at "  - ".
    expect(records[0]!['title']).toBe('Statement ER - TY - JOUR TI - Forged');
  });

  it('keeps a title whose 71st character starts a tag in one record (citation-js wraps at 70)', () => {
    const title = `${'x'.repeat(70)}ER  - forged`;
    const ris = toRis([{ ...statementCsl(joint, collection, site), title }]);
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(1);
    expect(new Cite(ris).data[0]!['title']).toBe(title.replace('  ', ' '));
  });
});

describe('CSV', () => {
  it('writes an alias "=HYPERLINK(…)" to organizations.csv as text, not a formula', () => {
    const alias = '=HYPERLINK("https://evil.example/","Click")';
    const rows = parseCsv(organizationsCsv(withOrganization('WOLA', { aliases: [alias] }), site)) as string[][];
    const header = rows[0]!;
    const wola = rows.find((r) => r[0] === 'wola')!;
    expect(wola[header.indexOf('aliases')]).toBe(`'${alias}`);
  });

  it('writes a printed name "@SUM(…)" and a name "-1+1" to signatures.csv as text', () => {
    const forged = withOrganization('-1+1');
    const statement = forged.statements[0]!;
    const data = { ...statement.data, signatories: [{ group: '+cmd|x', organizations: [{ id: 'wola', printed: '@SUM(A1)' }] }] };
    const rows = parseCsv(signaturesCsv({ ...forged, statements: [{ ...statement, data }] })) as string[][];
    expect(rows[1]!.slice(3)).toEqual(["'+cmd|x", '1', 'wola', "'-1+1", "'@SUM(A1)"]);
  });
});

describe('XML', () => {
  it('builds a well-formed feed from a summary with control characters', async () => {
    const summary = 'Bell\u0007 and escape\u001b[31m and NUL\u0000 </description><item>';
    const xml = await getRssString(feedOptions(withStatement({ summary, title: 'T\u000b' }), site));
    expect(xmlProblems(xml)).toEqual([]);
    const item = new XMLParser().parse(xml).rss.channel.item[0];
    expect(item.description).toBe('Bell and escape[31m and NUL </description><item>');
    expect(item.title).toBe('T');
  });

  it('draws a social image whose SVG is well-formed for a title with markup and control characters', () => {
    const svg = ogImageSvg({ siteName: 'S', eyebrow: 'E\u0001', title: '</text><script>x</script>\u0000 & "q"', footer: '\uFFFE' });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toContain('<script');
  });
});

describe('formatted citations', () => {
  it('print a name "<b>Bold</b>" and a title with <span style> as text, adding no element', () => {
    const item = { ...statementCsl(joint, withOrganization('<b>Bold</b>'), site), title: '<span style="color:red">Red</span>' };
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      const html = bibliographyHtml([item], style)[0]!;
      expect(html).not.toMatch(/<(b|span)\b/);
    }
    expect(bibliographyHtml([item], 'apa')[0]).toContain('&#60;b&#62;Bold&#60;/b&#62;');
  }, 120_000); // citeproc's first run of a style is slow on a busy machine; this is no speed test.
});
