// citeproc-js prepares every bibliography for sorting and disambiguation, even when "Cite this"
// formats one item, where there is nothing to sort and nothing to tell apart. That preparation
// (sort keys: a full rendering of the style's sort macros; the disambiguation pass) is about half
// of a cited-work page's formatting time. For a one-item registry it is skipped; entries are
// byte-identical (tests/unit/cite/single-item.test.ts compares them with the full path).
import { createRequire } from 'node:module';

interface Registry {
  mylist: string[];
  ambigsTouched: Record<string, boolean>;
  akeys: Record<string, boolean>;
  setsortkeys(): void;
  setdisambigs(): void;
}

type Patched<F> = F & { singleItem?: true };

// The citeproc instance @citation-js/plugin-csl itself loads.
const require = createRequire(createRequire(import.meta.url).resolve('@citation-js/plugin-csl'));
const registry = (require('citeproc') as { Registry: { prototype: Registry } }).Registry.prototype;

const fullSortKeys = registry.setsortkeys as Patched<Registry['setsortkeys']>;
const fullDisambiguation = registry.setdisambigs as Patched<Registry['setdisambigs']>;

if (!fullSortKeys.singleItem) {
  // Keys left unset are computed by the next update that holds more than one item.
  registry.setsortkeys = Object.assign(function setsortkeys(this: Registry): void {
    if (this.mylist.length > 1) fullSortKeys.call(this);
  }, { singleItem: true as const });
}

if (!fullDisambiguation.singleItem) {
  registry.setdisambigs = Object.assign(function setdisambigs(this: Registry): void {
    if (this.mylist.length > 1) return fullDisambiguation.call(this);
    // What the full pass leaves behind once it has run.
    this.ambigsTouched = {};
    this.akeys = {};
  }, { singleItem: true as const });
}

/** citeproc's own bibliography preparation, for tests that compare it with the shortcut. */
export const fullPreparation = { setsortkeys: fullSortKeys, setdisambigs: fullDisambiguation, registry };
