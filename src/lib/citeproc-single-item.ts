// citeproc-js computes every item's bibliography sort keys (a full rendering of the style's sort
// macros) even when "Cite this" formats one item, where there is nothing to sort: a quarter of a
// cited-work page's build time. This skips them for a one-item registry; entries are unchanged.
import { createRequire } from 'node:module';

interface Registry { mylist: string[]; setsortkeys(): void }

// The citeproc instance @citation-js/plugin-csl itself loads.
const require = createRequire(createRequire(import.meta.url).resolve('@citation-js/plugin-csl'));
const registry = (require('citeproc') as { Registry: { prototype: Registry } }).Registry.prototype;
const computeSortKeys = registry.setsortkeys as Registry['setsortkeys'] & { singleItem?: true };

if (!computeSortKeys.singleItem) {
  // Keys left unset are computed by the next update that holds more than one item.
  const setsortkeys = function (this: Registry): void {
    if (this.mylist.length > 1) computeSortKeys.call(this);
  };
  registry.setsortkeys = Object.assign(setsortkeys, { singleItem: true as const });
}
