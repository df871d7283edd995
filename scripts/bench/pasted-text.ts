// A long statement as editors paste it out of a PDF, for the import benchmark and its large-input
// test: paragraphs with superscript note markers, page breaks that cut sentences with the page's notes
// in between, lost links, repeated and explanatory notes, and a signatory list under country headings.
// Deterministic: the same size gives the same text.

export interface PastedText {
  text: string;
  paragraphs: number;
  notes: number;
  /** Sentences cut by a page break, which the import should join again. */
  pageBreaks: number;
  lostLinks: number;
  signatories: number;
  /** Distinct web addresses the notes cite. */
  addresses: number;
}

const superscript = (n: number) => [...String(n)].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');

const subjects = ['The memorandum of cooperation', 'Border enforcement at the southern border', 'The metering policy', 'The agreement signed by both governments',
  'Detention of families', 'The deployment of agents to Guatemala', 'The administration’s policy', 'Deterrence at ports of entry'];
const verbs = ['prevents people from seeking', 'undermines the right to', 'has been documented to restrict', 'violates the obligations on',
  'exposes children and families to the dangers of', 'shifts responsibility for'];
const objects = ['international protection in the region', 'asylum at ports of entry along the border', 'due process for people who cross',
  'humanitarian assistance in Tapachula and Tecún Umán', 'the principle of non-refoulement', 'safe and orderly migration'];
const publishers = [['Human Rights First', 'https://www.humanrightsfirst.org/resource/'], ['WOLA', 'https://www.wola.org/analysis/'],
  ['UNHCR', 'https://www.unhcr.org/news/'], ['Amnesty International', 'https://www.amnesty.org/en/documents/'], ['The Washington Post', 'https://www.washingtonpost.com/world/']];
const headings = ['United States', 'Guatemala', 'Mexico', 'Honduras', 'El Salvador', 'International'];
const known = ['Alianza Americas', 'Amnesty International', 'HOPE Border Institute', 'Human Rights First', 'Kids in Need of Defense (KIND)',
  'Washington Office on Latin America (WOLA)', 'Women’s Refugee Commission', 'Asociación Pop No’j'];

function sentence(i: number): string {
  return `${subjects[i % subjects.length]} ${verbs[(i * 7) % verbs.length]} ${objects[(i * 11) % objects.length]}, as reports from ${2015 + (i % 6)} show`;
}

/** A text of at least `bytes` bytes (UTF-8). */
export function pastedStatement(bytes: number): PastedText {
  const parts = ['Joint Statement on Border Enforcement and the Right to Seek Asylum', 'June 13, 2019'];
  let size = parts.join('\n\n').length;
  let note = 0;
  let s = 0;
  const counts = { paragraphs: 0, pageBreaks: 0, lostLinks: 0, addresses: new Set<string>() };
  while (size < bytes) {
    const page: string[] = [];
    const pageNotes: string[] = [];
    for (let p = 0; p < 4; p++) {
      const sentences: string[] = [];
      for (let k = 0; k < 5; k++, s++) {
        let text = sentence(s);
        if (s % 3 === 0) {
          note++;
          text += `.${superscript(note)}`;
          const [publisher, base] = publishers[note % publishers.length]!;
          // Every fourth note has no address (explanatory); others cite one of a few hundred works.
          const address = `${base}report-${note % 300}/`;
          if (note % 4 === 0) pageNotes.push(`${superscript(note)} The figures were compiled by the signatories from public sources in ${2016 + (note % 4)}.`);
          else {
            pageNotes.push(`${superscript(note)} ${publisher}, *Report ${note % 300} on the border*, June ${1 + (note % 28)}, 2019, <${address}>`);
            counts.addresses.add(address);
          }
        } else text += '.';
        if (s % 17 === 0) {
          text = text.replace('reports from', '[the reports](#_ftn9) from');
          counts.lostLinks++;
        }
        sentences.push(text);
      }
      page.push(sentences.join(' '));
      counts.paragraphs++;
    }
    // The page ends mid-sentence: its notes come between the two halves of the last paragraph.
    const last = page.pop()!;
    const cut = last.lastIndexOf(' the ');
    page.push(last.slice(0, cut), ...pageNotes, last.slice(cut + 1));
    counts.pageBreaks++;
    const text = page.join('\n\n');
    parts.push(text);
    size += text.length + 2;
  }
  let signatories = 0;
  for (const [g, heading] of headings.entries()) {
    const names = Array.from({ length: 40 }, (_, i) => (i < known.length && g === 0 ? known[i]! : `${heading} Migrant Rights Network ${i + 1}`));
    parts.push(`${heading}\n\n${names.join('\n')}`);
    signatories += names.length;
  }
  return { text: `${parts.join('\n\n')}\n`, ...counts, notes: note, addresses: counts.addresses.size, signatories };
}
