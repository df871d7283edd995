// Social images: drawn the same way every time, at Open Graph's size, with the title fitted.
import { describe, expect, it } from 'vitest';
import { ogImageSvg, renderOgImage, wrapText } from '../../../src/share/og-image.ts';

const card = {
  siteName: 'Border & Migration Statements',
  eyebrow: 'Joint statement · June 13, 2019',
  title: 'Civil Society Organizations Express Deep Concern Over U.S. Efforts to Externalize Border Enforcement to Guatemala',
  footer: 'Signed by 35 organizations',
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
}

describe('og image', () => {
  it('renders a 1200×630 PNG, byte for byte the same each time', () => {
    const a = renderOgImage(card);
    const b = renderOgImage(card);
    expect([...a.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(a)).toEqual([1200, 630]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('draws text with the bundled font: a different title changes the picture', () => {
    const other = renderOgImage({ ...card, title: 'Another statement' });
    expect(Buffer.from(other).equals(Buffer.from(renderOgImage(card)))).toBe(false);
  });

  it('escapes the text for SVG', () => {
    const svg = ogImageSvg({ ...card, title: 'Tom & Jerry <script>' });
    expect(svg).toContain('Tom &#38; Jerry &#60;script&#62;');
    expect(svg).not.toContain('<script>');
  });

  it('wraps long titles into lines and cuts an overlong one with an ellipsis', () => {
    expect(wrapText('one two three four', 100, 500)).toEqual(['one two', 'three four']);
    const svg = ogImageSvg({ ...card, title: 'word '.repeat(120) });
    expect(svg).toContain('…');
    expect(svg.match(/<tspan/g)!.length).toBeLessThanOrEqual(6);
  });
});
