// Astro hands each Markdown file's front matter to plugins as file.data.astro.frontmatter.
import type { VFile } from 'vfile';

export interface PluginFrontmatter {
  language?: string;
  notes?: { note: string | number; citations?: string[]; language?: string; kind?: string }[];
  editorNotes?: { id: string; quote?: string; text: string }[];
  [key: string]: unknown;
}

export function frontmatterOf(file: VFile): PluginFrontmatter {
  const data = file.data as { astro?: { frontmatter?: PluginFrontmatter } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
}
