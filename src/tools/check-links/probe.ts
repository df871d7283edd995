// Asks one address whether it still answers: HEAD first (cheap), GET when HEAD is refused or
// fails, redirects followed by hand so their number is bounded, each one's address checked, and
// the final address recorded.
import { httpRequest, type HttpFailure, type HttpSettings } from './http.ts';
import { isPermanentRedirect, isRedirect, type Outcome } from './verdict.ts';

export type ProbeSettings = HttpSettings & { maxRedirects: number };

type Answer = { code: number; location: string | null } | HttpFailure;

/** One request; the body is never read. */
export function request(url: string, method: 'HEAD' | 'GET', settings: ProbeSettings): Promise<Answer> {
  return httpRequest(url, { method, accept: 'text/html,application/pdf,*/*;q=0.8' }, settings);
}

function normalise(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** HEAD, then GET when HEAD gets anything but a success or a redirect (405 and 501 above all). */
async function ask(url: string, settings: ProbeSettings): Promise<{ answer: Answer; method: 'HEAD' | 'GET' }> {
  const head = await request(url, 'HEAD', settings);
  if ('failure' in head || (head.code >= 200 && head.code < 400)) return { answer: head, method: 'HEAD' };
  return { answer: await request(url, 'GET', settings), method: 'GET' };
}

/** Follows at most settings.maxRedirects redirects; never more than 2 × (maxRedirects + 1) requests. */
export async function probe(url: string, settings: ProbeSettings): Promise<Outcome> {
  let current = url;
  let permanentRedirect = false;
  const seen = new Set([normalise(url)]);
  for (let redirects = 0; ; redirects++) {
    const { answer, method } = await ask(current, settings);
    if ('failure' in answer) return { kind: 'failure', reason: answer.failure, detail: answer.detail, finalUrl: current, redirects };
    if (!isRedirect(answer.code) || answer.location === null) {
      return { kind: 'response', code: answer.code, finalUrl: current, redirects, permanentRedirect, method };
    }
    let next: string;
    try {
      next = new URL(answer.location, current).href;
    } catch {
      return { kind: 'failure', reason: 'network', detail: `redirect to an unreadable address "${answer.location}"`, finalUrl: current, redirects };
    }
    if (seen.has(next)) {
      return { kind: 'failure', reason: 'redirect-loop', detail: `redirects lead back to ${next}`, finalUrl: next, redirects: redirects + 1 };
    }
    if (redirects >= settings.maxRedirects) {
      return { kind: 'failure', reason: 'too-many-redirects', detail: `more than ${settings.maxRedirects} redirects`, finalUrl: next, redirects: redirects + 1 };
    }
    permanentRedirect ||= isPermanentRedirect(answer.code);
    seen.add(next);
    current = next;
  }
}
