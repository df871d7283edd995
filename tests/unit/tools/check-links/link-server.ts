// A stand-in for the web on 127.0.0.1 (port 0): pages that live, move, vanish, fail, dawdle or
// never answer, and a fake Wayback availability API, so link-check tests never leave the machine.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LinkServer {
  origin: string;
  /** Every request seen, as "METHOD /path". */
  requests: string[];
  close: () => Promise<void>;
}

/** slowMs: how long /slow takes to answer; tests set a shorter request timeout. */
export async function startLinkServer(slowMs = 1000): Promise<LinkServer> {
  const requests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let origin = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    requests.push(`${req.method} ${url.pathname}`);
    const send = (code: number, headers: Record<string, string> = {}, body = '') => {
      res.writeHead(code, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
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
      case '/slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) send(200, {}, 'late');
        }, slowMs);
        timers.add(timer);
        return;
      }
      case '/hung':
        return; // never answers
      case '/archive/available': {
        const asked = url.searchParams.get('url') ?? '';
        const found = asked.endsWith('/gone') || asked.endsWith('/moved-then-gone');
        const body = found
          ? { url: asked, archived_snapshots: { closest: { available: true, status: '200', timestamp: '20190603141500', url: `${origin}/snapshots/${encodeURIComponent(asked)}` } } }
          : { url: asked, archived_snapshots: {} };
        return send(200, { 'content-type': 'application/json' }, JSON.stringify(body));
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
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
