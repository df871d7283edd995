// A web address printed in a note must belong to one of the works the note cites, so every address
// on the page has a citation record (with its archive copy and link status).
import type { Link } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Rule } from '../context.ts';
import { bodyPosition, entryIdentifier } from '../markdown.ts';
import { fieldOf, listAt } from '../references.ts';

const rule: Rule = {
  code: 'footnote-url-uncited',
  description: "A web address in a note is not the url of any citation in the note's notes entry.",
  fix: 'Add the citation that has this address to the note\'s citations, or create it (npm run new -- citation).',
  check(context) {
    const citationUrls = new Map<string, string>();
    for (const citation of context.of('citations')) {
      const url = fieldOf(citation.data, 'url');
      if (typeof url === 'string') citationUrls.set(citation.id, url);
    }
    return context.of('statements').flatMap((record) => {
      const text = context.text(record);
      if (!text || record.data === undefined) return [];
      const entries = listAt(record.data, 'notes');
      return text.definitions.flatMap((definition) => {
        const index = entries.findIndex((entry) => entryIdentifier(fieldOf(entry, 'note')) === definition.identifier);
        if (index === -1) return []; // footnote-unmapped reports it
        const cited = listAt(entries[index], 'citations').map(String);
        // With an unknown citation the check would only repeat unknown-citation.
        if (cited.some((id) => !context.ids('citations').has(id))) return [];
        const links: Link[] = [];
        visit(definition.node, 'link', (link) => {
          if (/^https?:\/\//i.test(link.url)) links.push(link);
        });
        return links
          .filter((link) => !cited.some((id) => citationUrls.get(id) === link.url))
          .map((link) => {
            const owner = [...citationUrls].find(([, url]) => url === link.url)?.[0];
            return context.inText(
              record,
              bodyPosition(record, link),
              'footnote-url-uncited',
              `The note [^${definition.label}] prints the address ${link.url}, but none of the works it cites (notes[${index}].citations) has this url.`,
              owner
                ? `The citation "${owner}" has this address: add "${owner}" to notes[${index}].citations.`
                : `Add the work to ${context.folder('citations')} with exactly this url and list its id in notes[${index}].citations, or correct the address.`,
            );
          });
      });
    });
  },
};

export default rule;
