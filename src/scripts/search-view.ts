// Draws the search page's filter controls and results from plain data; knows nothing of Pagefind
// or the URL. Controls are updated in place so a checkbox keeps its focus as counts change.
import { filterKeys, filterLabels, type FilterKey } from '../search/filters.ts';
import type { Locale } from '../lib/locales.ts';
import { searchWords } from '../search/words.ts';
import type { FacetValue } from '../search/state.ts';
import { excerptSegments, pageExcerpt, pickSubResults, type ResultData } from '../search/results.ts';
import { normalize } from '../search/normalize.ts';

/** A filter with more values than this gets a field that narrows its list as one types. */
const narrowFrom = 8;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

let controlCount = 0;

function excerpt(text: string): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const s of excerptSegments(text)) out.append(s.marked ? h('mark', {}, s.text) : s.text);
  return out;
}

/** One filter's checkboxes, keyed by value so an update keeps the focused control in place. */
export function renderFacet(list: HTMLUListElement, key: FilterKey, values: FacetValue[]): void {
  const existing = new Map<string, HTMLLIElement>();
  for (const li of [...list.children] as HTMLLIElement[]) existing.set(li.dataset['value'] ?? '', li);
  const wanted = values.map((v) => {
    let li = existing.get(v.value);
    existing.delete(v.value);
    if (!li) {
      const id = `filter-${key}-${++controlCount}`;
      const input = h('input', { type: 'checkbox', name: key, value: v.value, id });
      li = h('li', {}, input, h('label', { htmlFor: id }, h('span', { className: 'facet-value' }, v.value), ' ', h('span', { className: 'count' })));
      li.dataset['value'] = v.value;
    }
    (li.querySelector('input') as HTMLInputElement).checked = v.selected;
    (li.querySelector('.count') as HTMLElement).textContent = `(${v.count})`;
    return li;
  });
  for (const li of existing.values()) li.remove();
  let cursor = list.firstElementChild;
  for (const li of wanted) {
    if (li === cursor) cursor = cursor.nextElementSibling;
    else list.insertBefore(li, cursor);
  }
}

export function renderFacets(root: HTMLElement, facets: Record<FilterKey, FacetValue[]>, locale: Locale): void {
  const w = searchWords[locale];
  const labels = filterLabels(locale);
  for (const key of filterKeys) {
    const group = root.querySelector<HTMLElement>(`[data-filter="${key}"]`);
    const list = group?.querySelector<HTMLUListElement>('ul');
    if (!group || !list) continue;
    renderFacet(list, key, facets[key]);
    const narrow = group.querySelector<HTMLInputElement>('[data-filter-narrow]');
    if (narrow) {
      narrow.hidden = facets[key].length <= narrowFrom && !narrow.value;
      narrowFacet(narrow, list);
    }
    const chosen = facets[key].filter((v) => v.selected).length;
    group.hidden = facets[key].length === 0;
    const summary = group.querySelector('summary');
    if (summary) summary.textContent = chosen ? w['search.filter.chosen'](labels[key], chosen) : labels[key];
    if (chosen && group instanceof HTMLDetailsElement) group.open = true;
  }
  // The panel that folds the filters on a phone says how many are chosen while it is closed.
  const panel = root.querySelector('[data-filters-panel] > summary');
  const total = filterKeys.reduce((sum, key) => sum + facets[key].filter((v) => v.selected).length, 0);
  if (panel) panel.textContent = total ? w['search.filters.chosen'](total) : w['search.filters'];
}

/**
 * A result: its title linked, what kind of page it is, why it is listed when it does not hold the
 * words ("Signed by …"), the excerpt, and up to three places inside it.
 */
export function resultItem(data: ResultData, locale: Locale, why?: string): HTMLLIElement {
  const title = data.meta['title'] ?? data.url;
  const link = h('a', { href: data.url }, title);
  const lang = data.meta['lang'];
  if (lang && lang !== locale) link.lang = lang;
  const item = h('li', { className: 'result' }, h('h3', {}, link));
  if (data.meta['detail']) item.append(h('p', { className: 'meta' }, data.meta['detail']));
  if (why) item.append(h('p', { className: 'why' }, why));
  const subs = pickSubResults(data.sub_results);
  const own = pageExcerpt(data, subs);
  if (own) item.append(h('p', { className: 'excerpt' }, excerpt(own)));
  if (subs.length > 0) {
    const list = h('ul', { className: 'sub-results' });
    for (const sub of subs) {
      const subLink = h('a', { href: sub.url }, sub.title, h('span', { className: 'visually-hidden' }, searchWords[locale]['search.subResultOf'](title)));
      list.append(h('li', {}, subLink, h('span', { className: 'excerpt' }, ' ', excerpt(sub.excerpt))));
    }
    item.append(list);
  }
  return item;
}

/** "Did you mean …?" with a link per suggestion, and the browse links when a search finds little. */
export function renderHelp(help: HTMLElement, suggestions: { text: string; href: string }[], browse: boolean, locale: Locale): void {
  const w = searchWords[locale];
  const suggest = help.querySelector<HTMLElement>('[data-search-suggest]')!;
  const words = suggestions.flatMap((s, i) => [
    ...(i === 0 ? [] : [i === suggestions.length - 1 ? ` ${w['search.status.or']} ` : ', ']),
    h('a', { href: s.href }, s.text),
  ]);
  suggest.replaceChildren(...(words.length ? [`${w['search.suggest.before']} `, ...words, w['search.suggest.after']] : []));
  suggest.hidden = words.length === 0;
  help.querySelector<HTMLElement>('[data-search-browse]')!.hidden = !browse;
  help.hidden = suggest.hidden && !browse;
}

/** Hides the values of a filter that do not contain what was typed (chosen values stay). */
export function narrowFacet(narrow: HTMLInputElement, list: HTMLUListElement): void {
  const typed = normalize(narrow.value);
  for (const li of list.children as HTMLCollectionOf<HTMLLIElement>) {
    const chosen = li.querySelector('input')?.checked ?? false;
    li.hidden = Boolean(typed) && !chosen && !normalize(li.dataset['value'] ?? '').includes(typed);
  }
}
