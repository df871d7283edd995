// --write edits only link and archive: every other byte of the record stays as the editor wrote it.
import { describe, expect, it } from 'vitest';
import { applyProposal } from '../../../../src/tools/check-links/yaml-update.ts';

const lost = { link: { status: 'lost' as const, checked: '2026-11-23' } };
const copy = { url: 'https://web.archive.org/web/20190603/https://x.org/', date: '2019-06-03' };
const lostWithCopy = { ...lost, archive: copy };
const added = 'link:\n  status: lost\n  checked: 2026-11-23\narchive:\n  url: https://web.archive.org/web/20190603/https://x.org/\n  date: 2019-06-03\n';

describe('writing a proposal into a record', () => {
  it('appends missing fields after the last one, leaving the rest byte for byte', () => {
    const source = '# a comment\ntitle: "Quoted"\nurl: https://x.org/\nkind: ngo   # civil society\n';
    expect(applyProposal(source, lostWithCopy)).toBe(source + added);
  });

  it('adds the line break a file without a final one lacks', () => {
    expect(applyProposal('title: A\nurl: https://x.org/', lost)).toBe('title: A\nurl: https://x.org/\nlink:\n  status: lost\n  checked: 2026-11-23\n');
  });

  it('puts new fields before trailing comment lines that follow the last field', () => {
    expect(applyProposal('title: A\nkind: ngo\n\n# the end\n', lost)).toBe('title: A\nkind: ngo\nlink:\n  status: lost\n  checked: 2026-11-23\n\n# the end\n');
  });

  it('keeps a folded note that ends the file intact', () => {
    const source = 'title: A\neditorNote: >-\n  two\n  lines\n';
    expect(applyProposal(source, lost)).toBe(`${source}link:\n  status: lost\n  checked: 2026-11-23\n`);
  });

  it('changes existing values in place, keeping their comments and the field order', () => {
    const source = 'title: A\nlink:\n  status: live   # by hand\n  checked: 2024-01-02\neditorNote: Kept.\n';
    expect(applyProposal(source, lost)).toBe('title: A\nlink:\n  status: lost   # by hand\n  checked: 2026-11-23\neditorNote: Kept.\n');
  });

  it('keeps a flow map a flow map, and its quoting', () => {
    const source = 'title: A\narchive: {url: "https://old.example/", date: 2020-01-01}\nkind: ngo\n';
    expect(applyProposal(source, { ...lost, archive: copy })).toBe(
      `title: A\narchive: {url: "${copy.url}", date: 2019-06-03}\nkind: ngo\nlink:\n  status: lost\n  checked: 2026-11-23\n`,
    );
  });

  it('rewrites a link field that lacks one of its keys as a whole', () => {
    expect(applyProposal('title: A\nlink: {status: live}\nkind: ngo\n', lost)).toBe('title: A\nlink:\n  status: lost\n  checked: 2026-11-23\nkind: ngo\n');
  });

  it('keeps Windows line endings', () => {
    expect(applyProposal('title: A\r\nkind: ngo\r\n', lost)).toBe('title: A\r\nkind: ngo\r\nlink:\r\n  status: lost\r\n  checked: 2026-11-23\r\n');
  });

  it('refuses a file it cannot read rather than guess', () => {
    expect(() => applyProposal('title: [unclosed\n', lost)).toThrow(/cannot be read/);
    expect(() => applyProposal('- a list\n', lost)).toThrow(/not a map/);
  });
});
