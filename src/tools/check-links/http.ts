// The one way the link check reaches the web: node's http and https, with each connection's address
// checked as it is made (a name cannot turn private between a check and the connection), one
// deadline per request, and an answer's body read only up to a limit, never to its end.
import dns, { type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { refusal, refusedKind } from './public-address.ts';

export interface HttpSettings {
  /** Per request, body included, in milliseconds. */
  timeoutMs: number;
  userAgent: string;
  /** For tests only: their server runs on 127.0.0.1. Real runs refuse loopback like any local address. */
  allowLoopback?: boolean;
  /** For tests only: answers names without DNS. */
  lookup?: typeof dns.lookup;
}

export type HttpFailure = { failure: 'timeout' | 'network' | 'refused-address' | 'too-large'; detail: string };
export type HttpAnswer = { code: number; location: string | null; body?: string } | HttpFailure;

interface RequestOptions {
  method: 'HEAD' | 'GET';
  accept: string;
  /** Read the body, up to this many bytes; without it the body is never read. */
  maxBytes?: number;
}

class RefusedAddress extends Error {}

type Callback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Resolves as node would, then refuses the connection if any address of the name is not public. */
function guardedLookup(settings: HttpSettings) {
  const resolve = settings.lookup ?? dns.lookup;
  return (hostname: string, options: LookupOptions, callback: Callback) => {
    resolve(hostname, { ...options, all: true } as LookupAllOptions, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.find((a) => refusedKind(a.address, settings.allowLoopback));
      if (refused) return callback(new RefusedAddress(`${hostname} resolves to ${refused.address}, ${refusedKind(refused.address, settings.allowLoopback)}`), []);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

export function httpRequest(url: string, options: RequestOptions, settings: HttpSettings): Promise<HttpAnswer> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve({ failure: 'network', detail: `"${url}" is not a web address` });
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return Promise.resolve({ failure: 'refused-address', detail: `${target.protocol} addresses are not checked, only http: and https:` });
  }
  const literal = refusal(target.hostname, settings.allowLoopback);
  if (literal) return Promise.resolve({ failure: 'refused-address', detail: literal });

  return new Promise<HttpAnswer>((resolve) => {
    let settled = false;
    const finish = (answer: HttpAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(answer);
    };
    const client = target.protocol === 'https:' ? https : http;
    const request = client.request(target, {
      method: options.method,
      agent: false,
      lookup: guardedLookup(settings) as unknown as typeof dns.lookup,
      headers: { 'user-agent': settings.userAgent, accept: options.accept },
    });
    const timer = setTimeout(() => finish({ failure: 'timeout', detail: `no answer within ${settings.timeoutMs} ms` }), settings.timeoutMs);
    request.on('error', (error) => {
      if (error instanceof RefusedAddress) finish({ failure: 'refused-address', detail: error.message });
      else finish({ failure: 'network', detail: error.message });
    });
    request.on('response', (response) => {
      const code = response.statusCode ?? 0;
      const location = typeof response.headers.location === 'string' ? response.headers.location : null;
      if (options.maxBytes === undefined) return finish({ code, location });
      const limit = options.maxBytes;
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) return finish({ failure: 'too-large', detail: `the answer is larger than ${limit} bytes` });
        chunks.push(chunk);
      });
      response.on('end', () => finish({ code, location, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', (error) => finish({ failure: 'network', detail: error.message }));
    });
    request.end();
  });
}

