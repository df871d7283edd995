// A stand-in for the web on 127.0.0.1 (port 0): pages that live, move, vanish, fail, dawdle or
// never answer, redirects into private networks, and fake Wayback availability APIs (a good one,
// ones offering addresses elsewhere, an endless one), so link-check tests never leave the machine.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LinkServer {
  origin: string;
  /** Every request seen, as "METHOD /path". */
  requests: string[];
  /** Bytes /archive/endless has written so far. */
  endlessBytes: () => number;
  /** Settles once the client has dropped the last /archive/endless answer. */
  endlessClosed: () => Promise<void>;
  /** Answers the requests /slow is holding: only ever after the check gave up on them. */
  release: () => void;
  close: () => Promise<void>;
}

/** Where the /to-… pages redirect: each into a network the link check must never reach. */
export const privateTargets: Record<string, string> = {
  'to-metadata': 'http://169.254.169.254/latest/meta-data/',
  'to-ten': 'http://10.0.0.7/report',
  'to-172': 'http://172.20.0.1/',
  'to-router': 'http://192.168.1.1/admin',
  'to-unique-local': 'http://[fd00::1]/',
  'to-link-local-v6': 'http://[fe80::1]/',
  'to-multicast': 'http://224.0.0.1/',
  'to-mapped': 'http://[::ffff:10.0.0.7]/',
  'to-file': 'file:///etc/passwd',
};

export async function startLinkServer(): Promise<LinkServer> {
  const requests: string[] = [];
  const held = new Set<() => void>();
  let endless = 0;
  let endlessClosed = Promise.resolve();
  let origin = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    requests.push(`${req.method} ${url.pathname}`);
    const send = (code: number, headers: Record<string, string> = {}, body = '') => {
      res.writeHead(code, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const target = privateTargets[url.pathname.slice(1)];
    if (target) return send(302, { location: target });
    const chain = /^\/chain\/(\d+)$/.exec(url.pathname);
    if (chain) {
      const left = Number(chain[1]);
      return left === 0 ? send(200, {}, 'end of the chain') : send(301, { location: `/chain/${left - 1}` });
    }
    switch (url.pathname) {
      case '/ok':
        return send(200, {}, '<p>The report</p>');
      case '/moved':
        return send(301, { location: '/ok' });
      case '/moved-308':
        return send(308, { location: `${origin}/ok` });
      case '/temporary':
        return send(302, { location: '/ok' });
      case '/moved-then-gone':
        return send(301, { location: '/gone' });
      case '/gone':
        return send(404, {}, 'Not found');
      case '/removed':
        return send(410, {}, 'Gone');
      case '/error':
        return send(503, {}, 'Try later');
      case '/forbidden':
        return send(403, {}, 'No robots');
      case '/no-head':
        return req.method === 'HEAD' ? send(405, { allow: 'GET' }) : send(200, {}, 'GET only');
      case '/loop-a':
        return send(301, { location: '/loop-b' });
      case '/loop-b':
        return send(301, { location: '/loop-a' });
      case '/slow':
        held.add(() => !res.destroyed && send(200, {}, 'late'));
        return;
      case '/to-zero':
        return send(302, { location: `http://0.0.0.0:${new URL(origin).port}/ok` });
      case '/hung':
        return; // never answers
      case '/archive/available':
      case '/archive/elsewhere':
      case '/archive/wrong-scheme': {
        const asked = url.searchParams.get('url') ?? '';
        const found = asked.endsWith('/gone') || asked.endsWith('/moved-then-gone');
        const offered = {
          '/archive/available': `http://web.archive.org/web/20190603141500/${asked}`,
          '/archive/elsewhere': `${origin}/snapshots/${encodeURIComponent(asked)}`,
          '/archive/wrong-scheme': 'javascript:alert(document.cookie)//web.archive.org/web/20190603141500/',
        }[url.pathname];
        const body = found
          ? { url: asked, archived_snapshots: { closest: { available: true, status: '200', timestamp: '20190603141500', url: offered } } }
          : { url: asked, archived_snapshots: {} };
        return send(200, { 'content-type': 'application/json' }, JSON.stringify(body));
      }
      case '/archive/endless': {
        res.writeHead(200, { 'content-type': 'application/json' });
        endlessClosed = new Promise((resolve) => res.once('close', resolve));
        const chunk = Buffer.from(`{"archived_snapshots":{"closest":{"url":"${'x'.repeat(64 * 1024)}`);
        const pump = () => {
          while (!res.destroyed) {
            endless += chunk.length;
            if (!res.write(chunk)) return res.once('drain', pump);
          }
        };
        return pump();
      }
      default:
        return send(404, {}, 'Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    endlessBytes: () => endless,
    endlessClosed: () => endlessClosed,
    release: () => {
      for (const answer of held) answer();
      held.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        held.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
