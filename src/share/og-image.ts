// Social images (Open Graph, 1200×630) drawn at build time: an SVG template rendered to PNG by resvg
// with the Inter font from an npm package. No system fonts and no network, so the same input always
// gives the same bytes.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { escapeXml } from '../lib/xml.ts';
import { ogImageSize } from './page-meta.ts';

const require = createRequire(import.meta.url);
/** The font files the images are drawn with (the build cache keys images by their bytes). */
export const ogImageFontFiles = [
  require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
];

export interface OgCard {
  /** Small line above the title, e.g. "Joint statement · June 13, 2019". */
  eyebrow: string;
  title: string;
  /** Line at the bottom, e.g. "Signed by 35 organizations". */
  footer: string;
  siteName: string;
}

/** Greedy word wrap by an estimated advance width (Inter Bold averages under 0.5 em a character). */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * 0.5)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest title size whose lines fit the space; the last resort cuts with an ellipsis. */
function fitTitle(title: string, maxWidth: number, maxHeight: number): { size: number; lines: string[] } {
  for (const size of [64, 56, 48, 42]) {
    const lines = wrapText(title, size, maxWidth);
    if (lines.length * size * 1.2 <= maxHeight) return { size, lines };
  }
  const size = 42;
  const max = Math.floor(maxHeight / (size * 1.2));
  const lines = wrapText(title, size, maxWidth);
  return { size, lines: [...lines.slice(0, max - 1), `${lines[max - 1]}…`] };
}

export function ogImageSvg(card: OgCard): string {
  const { width, height } = ogImageSize;
  const left = 88;
  const title = fitTitle(card.title, width - left - 80, 300);
  const lineHeight = Math.round(title.size * 1.2);
  const footer = wrapText(card.footer, 28, width - left - 80);
  const footerLine = footer.length > 1 ? `${footer[0]}…` : (footer[0] ?? '');
  const titleLines = title.lines
    .map((line, i) => `<tspan x="${left}" y="${250 + i * lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#fdfcfa"/>`,
    `<rect width="20" height="${height}" fill="#8a3b12"/>`,
    `<rect x="${left}" y="${height - 120}" width="${width - left - 80}" height="2" fill="#d9d6cf"/>`,
    `<g font-family="Inter">`,
    `<text x="${left}" y="100" font-size="30" font-weight="700" fill="#1d1d1f">${escapeXml(card.siteName)}</text>`,
    `<text x="${left}" y="165" font-size="26" font-weight="700" fill="#8a3b12" letter-spacing="1.5">${escapeXml(card.eyebrow.toUpperCase())}</text>`,
    `<text font-size="${title.size}" font-weight="700" fill="#1d1d1f">${titleLines}</text>`,
    `<text x="${left}" y="${height - 60}" font-size="28" fill="#55555c">${escapeXml(footerLine)}</text>`,
    `</g></svg>`,
  ].join('');
}

export function renderOgImage(card: OgCard): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(ogImageSvg(card), {
    font: { fontFiles: ogImageFontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    fitTo: { mode: 'original' },
  });
  return new Uint8Array(resvg.render().asPng());
}
