// Checks a list of cited links, a few at a time, and says for each what it came to, which archived
// copy stands in for a lost one, and what its record should say.
import { lookUpArchive, type ArchivedCopy } from './archive.ts';
import type { CitedLink } from './citations.ts';
import { mapWithConcurrency } from '../../lib/concurrency.ts';
import { probe, type ProbeSettings } from './probe.ts';
import { proposeUpdate, type Proposal } from './proposal.ts';
import { verdictFor, type Verdict } from './verdict.ts';

export interface CheckSettings extends ProbeSettings {
  concurrency: number;
  /** The availability API to ask about lost links; undefined to skip the lookup. */
  archiveApi: string | undefined;
  /** The date recorded as `link.checked`, YYYY-MM-DD. */
  checked: string;
}

export interface LinkResult {
  id: string;
  path: string;
  url: string;
  /** The HTTP status of the last answer; null when there was none (timeout, network error). */
  code: number | null;
  verdict: Verdict;
  finalUrl: string;
  redirects: number;
  /** Why there was no usable answer. */
  error?: string;
  /** The copy the archive offered for a lost link. */
  archive?: ArchivedCopy;
  archiveError?: string;
  /** The record update this check calls for; none when an inconclusive check leaves it alone. */
  proposal?: Proposal;
}

export async function checkLink(link: CitedLink, settings: CheckSettings): Promise<LinkResult> {
  const outcome = await probe(link.url, settings);
  const verdict = verdictFor(link.url, outcome);
  const result: LinkResult = {
    id: link.id,
    path: link.path,
    url: link.url,
    code: outcome.kind === 'response' ? outcome.code : null,
    verdict,
    finalUrl: outcome.finalUrl,
    redirects: outcome.redirects,
  };
  if (outcome.kind === 'failure') result.error = `${outcome.reason}: ${outcome.detail}`;
  if (verdict === 'lost' && !link.archive && settings.archiveApi !== undefined) {
    const lookup = await lookUpArchive(settings.archiveApi, link.url, link.date, settings);
    if ('error' in lookup) result.archiveError = lookup.error;
    else if (lookup.copy) result.archive = lookup.copy;
  }
  const proposal = proposeUpdate(link, verdict, settings.checked, result.archive);
  if (proposal) result.proposal = proposal;
  return result;
}

/** Every link, settings.concurrency at a time; onResult hears of each as it finishes. */
export function checkLinks(
  links: readonly CitedLink[],
  settings: CheckSettings,
  onResult?: (result: LinkResult, done: number, total: number) => void,
): Promise<LinkResult[]> {
  let done = 0;
  return mapWithConcurrency(links, settings.concurrency, async (link) => {
    const result = await checkLink(link, settings);
    onResult?.(result, ++done, links.length);
    return result;
  });
}
