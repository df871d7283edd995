// Finds a saved copy of a lost page through the Wayback Machine's availability API
// (https://archive.org/help/wayback_api.php); the API's address is a setting so tests can stand in for it.
import { parsePartialDate } from '../../lib/dates.ts';
import { httpRequest, type HttpSettings } from './http.ts';

export const waybackAvailabilityApi = 'https://archive.org/wayback/available';

/** The availability API answers in a few hundred bytes; anything past this is not read. */
export const maxAnswerBytes = 64 * 1024;

export interface ArchivedCopy {
  url: string;
  /** The day the copy was saved, YYYY-MM-DD. */
  date: string;
}

/** The lookup address; near is a (partial) date the copy should be closest to, like the work's own date. */
export function availabilityQuery(api: string, url: string, near?: string): string {
  const query = new URL(api);
  query.searchParams.set('url', url);
  const digits = near?.replaceAll('-', '');
  if (digits && /^\d{4,14}$/.test(digits)) query.searchParams.set('timestamp', digits);
  return query.href;
}

/** The snapshot address the answer offers, whatever it is. */
function offeredUrl(answer: unknown): unknown {
  return (answer as { archived_snapshots?: { closest?: Record<string, unknown> } } | null)?.archived_snapshots?.closest?.['url'];
}

/**
 * The address as https://web.archive.org/…, or undefined for any other site or scheme: only a
 * Wayback Machine copy is ever written into a record. The API itself answers with http:// addresses.
 */
export function waybackUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.hostname !== 'web.archive.org' || parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return undefined;
  if (parsed.protocol === 'http:') parsed.protocol = 'https:';
  return parsed.protocol === 'https:' && parsed.pathname.startsWith('/web/') ? parsed.href : undefined;
}

/** The closest usable copy in an availability API answer: on web.archive.org, saved with status 200, with a real date. */
export function closestCopy(answer: unknown): ArchivedCopy | undefined {
  const closest = (answer as { archived_snapshots?: { closest?: Record<string, unknown> } } | null)?.archived_snapshots?.closest;
  if (!closest || closest['available'] !== true || String(closest['status'] ?? '200') !== '200') return undefined;
  const offered = closest['url'];
  const stamp = closest['timestamp'];
  if (typeof offered !== 'string' || typeof stamp !== 'string' || !/^\d{8}/.test(stamp)) return undefined;
  const url = waybackUrl(offered);
  const date = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`;
  if (url === undefined || parsePartialDate(date) === undefined) return undefined;
  return { url, date };
}

export type ArchiveLookup = { copy: ArchivedCopy | undefined } | { error: string };

/** Asks the availability API once, within the same per-request deadline as the link checks. */
export async function lookUpArchive(api: string, url: string, near: string | undefined, settings: HttpSettings): Promise<ArchiveLookup> {
  const answer = await httpRequest(availabilityQuery(api, url, near), { method: 'GET', accept: 'application/json', maxBytes: maxAnswerBytes }, settings);
  if ('failure' in answer) {
    if (answer.failure === 'timeout') return { error: `the archive gave no answer within ${settings.timeoutMs} ms` };
    if (answer.failure === 'too-large') return { error: `the archive's answer is larger than ${maxAnswerBytes / 1024} KB, so it was not read` };
    return { error: `the archive could not be asked: ${answer.detail}` };
  }
  if (answer.code < 200 || answer.code >= 300) return { error: `the archive answered ${answer.code}` };
  let json: unknown;
  try {
    json = JSON.parse(answer.body ?? '');
  } catch {
    return { error: 'the archive\'s answer is not JSON' };
  }
  const copy = closestCopy(json);
  const offered = offeredUrl(json);
  if (!copy && typeof offered === 'string' && waybackUrl(offered) === undefined) {
    return { error: `the archive offered ${JSON.stringify(offered.slice(0, 120))}, which is not an address on https://web.archive.org/, so it was not used` };
  }
  return { copy };
}
