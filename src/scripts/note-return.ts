// Coming back from a note (its ↩ or a shared #fnref-N link) marks the whole sentence the note
// supports, not only the marker: the sentence is the one the note quotes (src/markdown/note-claims.ts),
// found in the text before the reference and painted with the CSS Custom Highlight API, so the
// statement's markup is never changed. Without JavaScript (or the API) the marker alone is marked.
export {};

/** The sentence a reference's note quotes for it, without the quotation marks. */
function claimOf(ref: Element): string | undefined {
  const link = document.querySelector(`.note-claim a[href="#${CSS.escape(ref.id)}"]`);
  return link?.textContent?.replace(/^“|”$/g, '').trim() || undefined;
}

/** The text nodes of a passage that come before the reference, skipping markers that are not the source's. */
function textBefore(ref: Element): Text[] {
  const passage = ref.closest('p, li, blockquote');
  if (!passage) return [];
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('[data-not-source], sup') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (ref.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) break;
    nodes.push(n as Text);
  }
  return nodes;
}

/** A range from the start of the quoted sentence to the end of the reference, or undefined. */
export function sentenceRange(ref: Element): Range | undefined {
  const claim = claimOf(ref);
  const nodes = textBefore(ref);
  if (!claim || nodes.length === 0) return undefined;
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  // Offsets in the joined text of the nodes, with runs of white space counted once, as in the claim.
  const joined = squash(nodes.map((n) => n.data).join(''));
  const at = joined.lastIndexOf(squash(claim).slice(0, 40));
  if (at < 0) return undefined;
  let seen = 0;
  let previous = '';
  for (const node of nodes) {
    for (let i = 0; i < node.data.length; i++) {
      const space = /\s/.test(node.data[i]!);
      if (space && /\s/.test(previous)) continue;
      previous = node.data[i]!;
      if (seen++ === at) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEndAfter(ref.closest('sup') ?? ref);
        return range;
      }
    }
  }
  return undefined;
}

function mark(): void {
  if (!('highlights' in CSS)) return;
  CSS.highlights.delete('note-claim');
  const id = decodeURIComponent(location.hash.slice(1));
  const ref = id.startsWith('fnref-') ? document.getElementById(id) : null;
  const range = ref && sentenceRange(ref);
  if (range) CSS.highlights.set('note-claim', new Highlight(range));
}

mark();
window.addEventListener('hashchange', mark);
