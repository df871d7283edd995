// The link schemes a published statement may use, in one place: the pipeline's sanitizer
// (src/markdown/sanitize.ts) keeps only these, and the validator's unsafe-html rule reports the rest.
export const allowedSchemes = ['https', 'http', 'mailto'] as const;

/**
 * The scheme of an address in lower case ("javascript" for " JaVa\tScript:alert(1)"), or undefined
 * for an address without one (#fn-1, /citations/x/). Browsers ignore spaces and control characters
 * inside a scheme, so they are ignored here too.
 */
export function schemeOf(url: string): string | undefined {
  const address = url.replace(/[\s\u0000-\u001f\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
}

