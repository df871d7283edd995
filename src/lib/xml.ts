// Text for XML files (the feed, the sitemap, the social image's SVG). XML 1.0 has no way to write
// most control characters, lone surrogates or U+FFFE/U+FFFF, even as references, so they are dropped.
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without the characters XML 1.0 cannot hold. */
export function xmlChars(value: string): string {
  return value.replace(notXmlChar, '');
}

/** The text as XML character data or an attribute value, in either quotes. */
export function escapeXml(value: string): string {
  return xmlChars(value).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
