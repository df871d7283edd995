// The site's Content-Security-Policy and security headers, in one place: Base.astro puts the policy
// in a <meta> tag, public/_headers sends it (plus frame-ancestors) as HTTP headers, and a test keeps
// the two identical. No inline script or style is allowed: astro.config.ts makes Astro emit files.
// Astro 7's own `security.csp` would hash inline code into each page's meta tag; with nothing inline,
// one fixed policy serves both the meta tag and the static host's headers, so it is not used.
const self = "'self'";

/** Directives that work in a <meta> tag. Pagefind compiles its WebAssembly, hence 'wasm-unsafe-eval'. */
export const cspDirectives: [string, ...string[]][] = [
  ['default-src', self],
  ['script-src', self, "'wasm-unsafe-eval'"],
  ['style-src', self],
  ['img-src', self],
  ['font-src', self],
  ['connect-src', self],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', self],
];

/** The policy as a <meta http-equiv> carries it (browsers ignore frame-ancestors there). */
export const metaCsp = cspDirectives.map((d) => d.join(' ')).join('; ');

/** The policy as a static host sends it, with frame-ancestors, which only works as a header. */
export const headerCsp = `${metaCsp}; frame-ancestors 'none'`;

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': headerCsp,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * The policy `astro dev` sends (astro.config.ts): the site's, except that Vite injects stylesheets and
 * its error overlay styles inline, and reloads through a WebSocket to the dev server. Script stays
 * 'self' only, so nothing a statement or a validator message holds can run in the editor's preview.
 */
export const devCsp = cspDirectives
  .map(([name, ...values]) => [name, ...values, ...(name === 'style-src' ? ["'unsafe-inline'"] : [])].join(' '))
  .join('; ') + "; frame-ancestors 'none'";

export const devSecurityHeaders: Record<string, string> = { ...securityHeaders, 'Content-Security-Policy': devCsp };

/** public/_headers (Netlify and Cloudflare Pages format): the same headers for every path. */
export function headersFile(): string {
  return ['/*', ...Object.entries(securityHeaders).map(([k, v]) => `  ${k}: ${v}`)].join('\n') + '\n';
}
