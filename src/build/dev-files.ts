// Files the build writes outside Astro's routes (src/build/moved-pages.ts, cited-work-files.ts) are
// served by `astro dev` from the same functions, with the dev server's security headers.
import type { AstroIntegration } from 'astro';
import { devSecurityHeaders } from '../lib/security.ts';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** A file the build would write at this address: its media type and body. */
export interface DevFile { type: string; body: string }

/** Answers requests under `prefix` with what `fileAt` finds; anything else goes on to Astro. */
export function serveInDev(server: DevServer, prefix: string, fileAt: (pathname: string) => DevFile | undefined): void {
  server.middlewares.use((req, res, next) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const found = pathname.startsWith(prefix) ? fileAt(pathname) : undefined;
    if (!found) return next();
    for (const [name, value] of Object.entries(devSecurityHeaders)) res.setHeader(name, value);
    res.setHeader('Content-Type', `${found.type}; charset=utf-8`);
    res.end(found.body);
  });
}
