// What a check proposes for a record, and how that proposal reads as YAML.
import { describe, expect, it } from 'vitest';
import { proposalYaml, proposeUpdate, yamlString } from '../../../../src/tools/check-links/proposal.ts';

const record = { id: 'x', path: '/tmp/x.yaml', url: 'https://example.org/x' };
const copy = { url: 'https://web.archive.org/web/2019/https://example.org/x', date: '2019-06-03' };

describe('proposed updates', () => {
  it('a live or moved link is recorded as live, with the date of the check', () => {
    expect(proposeUpdate(record, 'live', '2026-11-23')).toEqual({ link: { status: 'live', checked: '2026-11-23' } });
    expect(proposeUpdate(record, 'moved', '2026-11-23')).toEqual({ link: { status: 'live', checked: '2026-11-23' } });
  });

  it('a lost link brings the archived copy with it when the record has none', () => {
    expect(proposeUpdate(record, 'lost', '2026-11-23', copy)).toEqual({ link: { status: 'lost', checked: '2026-11-23' }, archive: copy });
    expect(proposeUpdate({ ...record, archive: { url: 'https://a.org', date: '2020-01-01' } }, 'lost', '2026-11-23', copy)).toEqual({
      link: { status: 'lost', checked: '2026-11-23' },
    });
  });

  it('an inconclusive check never overturns an earlier live or lost', () => {
    expect(proposeUpdate({ ...record, link: { status: 'live', checked: '2024-01-01' } }, 'unknown', '2026-11-23')).toBeUndefined();
    expect(proposeUpdate({ ...record, link: { status: 'lost', checked: '2024-01-01' } }, 'unknown', '2026-11-23')).toBeUndefined();
    expect(proposeUpdate({ ...record, link: { status: 'unknown', checked: '2024-01-01' } }, 'unknown', '2026-11-23')).toEqual({
      link: { status: 'unknown', checked: '2026-11-23' },
    });
  });

  it('reads as the block YAML of a content file', () => {
    expect(proposalYaml({ link: { status: 'lost', checked: '2026-11-23' }, archive: copy })).toBe(
      'link:\n  status: lost\n  checked: 2026-11-23\narchive:\n  url: https://web.archive.org/web/2019/https://example.org/x\n  date: 2019-06-03\n',
    );
  });

  it('quotes a value only when plain YAML would read it differently', () => {
    expect(yamlString('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(yamlString('https://example.org/a,b')).toBe('https://example.org/a,b');
    expect(yamlString('https://example.org/a,b', true)).toBe('"https://example.org/a,b"');
    expect(yamlString('https://example.org/a b')).toBe('"https://example.org/a b"');
    expect(yamlString('true')).toBe('"true"');
  });
});
