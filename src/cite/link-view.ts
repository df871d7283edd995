// What a citation page says about the work's address: always the address as printed, an archived
// copy beside it when there is one, and a plain statement, with its date, when the address is lost.
import type { Citation } from '../content/schemas/citation.ts';
import { formatDate } from '../lib/dates.ts';

export interface DatedLabel {
  /** YYYY-MM-DD, for a <time datetime>. */
  datetime: string;
  /** As readers see it: "June 13, 2019". */
  label: string;
}

export interface LinkView {
  /** The address exactly as the footnote prints it; shown and linked whatever its status. */
  printed: string;
  archive?: { url: string; saved: DatedLabel };
  /** Present when a check found the address gone. */
  lost?: { checked: DatedLabel; hasArchive: boolean };
}

const dated = (value: string): DatedLabel => ({ datetime: value, label: formatDate(value) });

export function citationLinkView(work: Pick<Citation, 'url' | 'archive' | 'link'>): LinkView {
  const view: LinkView = { printed: work.url };
  if (work.archive) view.archive = { url: work.archive.url, saved: dated(work.archive.date) };
  if (work.link?.status === 'lost') view.lost = { checked: dated(work.link.checked), hasArchive: Boolean(work.archive) };
  return view;
}
