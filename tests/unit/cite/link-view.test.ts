// What a citation page shows about the work's address, decided by one pure helper the page uses.
import { describe, expect, it } from 'vitest';
import { citationLinkView } from '../../../src/cite/link-view.ts';

const url = 'https://www.gob.mx/sre/prensa/comunicado?state=published';

describe('a citation page\'s address', () => {
  it('a record with no check shows the printed address and nothing else', () => {
    expect(citationLinkView({ url })).toEqual({ printed: url });
  });

  it('a live link says nothing more', () => {
    expect(citationLinkView({ url, link: { status: 'live', checked: '2026-11-23' } })).toEqual({ printed: url });
  });

  it('an archived copy is offered beside the printed address, with the day it was saved', () => {
    const view = citationLinkView({ url, archive: { url: 'https://web.archive.org/web/2019/x', date: '2019-06-03' } });
    expect(view.printed).toBe(url);
    expect(view.archive).toEqual({ url: 'https://web.archive.org/web/2019/x', saved: { datetime: '2019-06-03', label: 'June 3, 2019' } });
    expect(view.lost).toBeUndefined();
  });

  it('a lost link without a copy says so, with the date of the check, and still shows the printed address', () => {
    const view = citationLinkView({ url, link: { status: 'lost', checked: '2026-11-23' } });
    expect(view).toEqual({ printed: url, lost: { checked: { datetime: '2026-11-23', label: 'November 23, 2026' }, hasArchive: false } });
  });

  it('a lost link with a copy offers the copy and says the original is gone', () => {
    const view = citationLinkView({ url, link: { status: 'lost', checked: '2026-11-23' }, archive: { url: 'https://web.archive.org/web/2019/x', date: '2019-06-03' } });
    expect(view.lost).toEqual({ checked: { datetime: '2026-11-23', label: 'November 23, 2026' }, hasArchive: true });
    expect(view.archive?.url).toBe('https://web.archive.org/web/2019/x');
  });
});
