// Decides what a check should change in a citation record (only `link`, and `archive` when a lost
// link has none), and prints that change as the YAML an editor would paste.
import { parse } from 'yaml';
import type { ArchivedCopy } from './archive.ts';
import type { CitedLink } from './citations.ts';
import { statusFor, type LinkStatus, type Verdict } from './verdict.ts';

export interface Proposal {
  link: { status: LinkStatus; checked: string };
  archive?: ArchivedCopy;
}

/**
 * The update a verdict calls for, or undefined when the record should stay as it is: an
 * inconclusive check (unknown) never overturns an earlier live or lost.
 */
export function proposeUpdate(record: CitedLink, verdict: Verdict, checked: string, copy?: ArchivedCopy): Proposal | undefined {
  const status = statusFor(verdict);
  if (status === 'unknown' && record.link && record.link.status !== 'unknown') return undefined;
  const proposal: Proposal = { link: { status, checked } };
  if (status === 'lost' && !record.archive && copy) proposal.archive = copy;
  return proposal;
}

/** The fields a proposal sets, as block YAML (two-space indent, like the content files). */
export function proposalYaml(proposal: Proposal, eol = '\n'): string {
  const lines = ['link:', `  status: ${proposal.link.status}`, `  checked: ${proposal.link.checked}`];
  if (proposal.archive) lines.push('archive:', `  url: ${yamlString(proposal.archive.url)}`, `  date: ${proposal.archive.date}`);
  return lines.join(eol) + eol;
}

/** A string as a YAML scalar: plain when that reads back as the same string, double-quoted otherwise. */
export function yamlString(value: string, inFlow = false): string {
  if (!/^[A-Za-z0-9][^\s]*$/.test(value)) return JSON.stringify(value);
  try {
    const read = inFlow ? (parse(`{k: ${value}}`) as { k?: unknown })?.k : (parse(`k: ${value}`) as { k?: unknown })?.k;
    return read === value ? value : JSON.stringify(value);
  } catch {
    return JSON.stringify(value);
  }
}
