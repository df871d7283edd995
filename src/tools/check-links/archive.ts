// Finds a saved copy of a lost page through the Wayback Machine's availability API
// (https://archive.org/help/wayback_api.php); the API's address is a setting so tests can stand in for it.
import { parsePartialDate } from '../../lib/dates.ts';
import type { ProbeSettings } from './probe.ts';

export const waybackAvailabilityApi = 'https://archive.org/wayback/available';

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

/** The closest usable copy in an availability API answer: saved with status 200, with a real date. */
export function closestCopy(answer: unknown): ArchivedCopy | undefined {
  const closest = (answer as { archived_snapshots?: { closest?: Record<string, unknown> } } | null)?.archived_snapshots?.closest;
  if (!closest || closest['available'] !== true || String(closest['status'] ?? '200') !== '200') return undefined;
  const url = closest['url'];
  const stamp = closest['timestamp'];
  if (typeof url !== 'string' || typeof stamp !== 'string' || !/^\d{8}/.test(stamp)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // The API answers with http:// addresses; the Wayback Machine serves the same copy over https.
  if (parsed.protocol === 'http:' && parsed.hostname === 'web.archive.org') parsed.protocol = 'https:';
  const date = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`;
  if (parsePartialDate(date) === undefined) return undefined;
  return { url: parsed.href, date };
}

export type ArchiveLookup = { copy: ArchivedCopy | undefined } | { error: string };

/** Asks the availability API once, within the same per-request deadline as the link checks. */
export async function lookUpArchive(api: string, url: string, near: string | undefined, settings: ProbeSettings): Promise<ArchiveLookup> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    const response = await (settings.fetch ?? globalThis.fetch)(availabilityQuery(api, url, near), {
      signal: controller.signal,
      headers: { 'user-agent': settings.userAgent, accept: 'application/json' },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { error: `the archive answered ${response.status}` };
    }
    return { copy: closestCopy(await response.json()) };
  } catch (error) {
    return { error: controller.signal.aborted ? `the archive gave no answer within ${settings.timeoutMs} ms` : `the archive could not be asked: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    clearTimeout(timer);
  }
}
