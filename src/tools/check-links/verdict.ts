// One place for what an HTTP answer means for a cited link: live, moved, lost or unknown, and
// which of those a citation record may store. Only a clear "gone" (404, 410) counts as lost.
import type { linkStatuses } from '../../content/schemas/citation.ts';

export const verdicts = ['live', 'moved', 'lost', 'unknown'] as const;
export type Verdict = (typeof verdicts)[number];
export type LinkStatus = (typeof linkStatuses)[number];

/** What asking for one address came to, after following redirects. */
export type Outcome =
  | {
      kind: 'response';
      /** The status of the last answer (after redirects). */
      code: number;
      finalUrl: string;
      redirects: number;
      /** True when a 301 or 308 was followed on the way. */
      permanentRedirect: boolean;
      method: 'HEAD' | 'GET';
    }
  | {
      kind: 'failure';
      reason: 'timeout' | 'network' | 'refused-address' | 'too-large' | 'too-many-redirects' | 'redirect-loop';
      detail: string;
      finalUrl: string;
      redirects: number;
    };

const goneCodes = new Set([404, 410]);

export function isRedirect(code: number): boolean {
  return code === 301 || code === 302 || code === 303 || code === 307 || code === 308;
}

export function isPermanentRedirect(code: number): boolean {
  return code === 301 || code === 308;
}

/** Same address once URL parsing has normalised it (host case, an empty path as "/"). */
export function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}

/**
 * 2xx is live (moved when a permanent redirect led to another address); 404 and 410 are lost;
 * everything else (5xx, 401/403/429, timeouts, network errors) is unknown, because a single
 * transient failure or a bot wall is no evidence that the work is gone.
 */
export function verdictFor(url: string, outcome: Outcome): Verdict {
  if (outcome.kind === 'failure') return 'unknown';
  const { code } = outcome;
  if (code >= 200 && code < 300) {
    return outcome.permanentRedirect && !sameUrl(url, outcome.finalUrl) ? 'moved' : 'live';
  }
  if (goneCodes.has(code)) return 'lost';
  return 'unknown';
}

/** The status a record stores: a moved link still leads to the work, so it is live. */
export function statusFor(verdict: Verdict): LinkStatus {
  return verdict === 'moved' ? 'live' : verdict;
}
