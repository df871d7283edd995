// Types for the parts of citation-js this site uses (the packages ship none).
declare module '@citation-js/core' {
  export interface FormatOptions {
    format?: 'text' | 'html' | 'object' | 'string';
    template?: string;
    lang?: string;
    type?: string;
    style?: string;
  }
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    data: Array<Record<string, unknown>>;
    format(format: string, options?: FormatOptions): string;
  }
  export interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T;
  }
  export const plugins: {
    config: { get(name: string): { styles: Register<unknown>; locales: Register<unknown> } };
  };
}
declare module '@citation-js/name' {
  export function parse(name: string): Record<string, string> | undefined;
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex/lib/output/value.js' {
  export function format(field: string, value: unknown): string;
}
declare module '@citation-js/plugin-bibtex/lib/input/value.js' {
  export function parse(text: string, field: string, languages?: string[]): unknown;
}
