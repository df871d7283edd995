// Reference previews, like Wikipedia's: hovering or focusing a note reference shows the note beside
// it; a first tap on a touch screen does the same (a second tap follows the link). Focus stays on
// the reference, Escape closes the preview, and the note is cloned without ids so none repeats.
// Without JavaScript the reference simply jumps to the note. On a wide screen the note already stands
// beside its reference (src/styles/sidenotes.css): no preview covers it, the sidenote is marked instead.
import { word } from './page-language.ts';

const preview = document.createElement('div');
preview.id = 'note-preview';
preview.className = 'note-preview';
preview.setAttribute('role', 'tooltip');
preview.hidden = true;
document.body.append(preview);

let current: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;
let lastPointer = '';
/** Whether the tap or click began with this reference's preview already open. */
let openedBefore = false;
/** A reference the reader is being taken back to: the browser focuses it, which must not reopen its preview. */
let returningTo: string | undefined;
/** The sidenote marked for the current reference, when its note is shown as one. */
let active: HTMLElement | undefined;

function noteFor(ref: HTMLAnchorElement): HTMLElement | null {
  const id = decodeURIComponent((ref.getAttribute('href') ?? '').slice(1));
  return id ? document.getElementById(id) : null;
}

/** Whether the stylesheet sets this note in the margin; the stylesheet alone decides when it does. */
const isSidenote = (note: HTMLElement | null) => note !== null && getComputedStyle(note).position === 'absolute';

function show(ref: HTMLAnchorElement): void {
  window.clearTimeout(hideTimer);
  if (current === ref && (!preview.hidden || active)) return;
  const note = noteFor(ref);
  if (!note) return;
  hide();
  if (isSidenote(note)) {
    active = note;
    note.classList.add('sidenote-active');
    describe(ref, note.id);
    return;
  }
  const clone = note.cloneNode(true) as HTMLElement;
  // The claim and "note 3 of 12" are for a note read on its own; beside its reference they repeat it.
  clone.querySelectorAll('.footnote-backref, [data-copy-link], .note-where, .note-claim').forEach((el) => el.remove());
  clone.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  const label = document.createElement('p');
  label.className = 'note-preview-label';
  label.textContent = word('script.note', { what: ref.textContent?.trim() ?? '' });
  preview.replaceChildren(label, ...Array.from(clone.childNodes));
  if (note.lang) preview.lang = note.lang;
  else preview.removeAttribute('lang');
  preview.hidden = false;
  place(ref);
  describe(ref, preview.id);
}

/** The reference is described by its note while it is shown (hide() puts back what it had). */
function describe(ref: HTMLAnchorElement, by: string): void {
  current = ref;
  ref.dataset['describedby'] = ref.getAttribute('aria-describedby') ?? '';
  ref.setAttribute('aria-describedby', by);
}

function place(ref: HTMLAnchorElement): void {
  const box = ref.getBoundingClientRect();
  const width = Math.min(448, document.documentElement.clientWidth - 16);
  preview.style.width = `${width}px`;
  const left = Math.min(Math.max(8, box.left - 24), document.documentElement.clientWidth - width - 8);
  const below = box.bottom + 8;
  const fitsBelow = below + preview.offsetHeight < window.innerHeight || box.top < preview.offsetHeight + 16;
  preview.style.left = `${left + window.scrollX}px`;
  preview.style.top = `${(fitsBelow ? below : box.top - preview.offsetHeight - 8) + window.scrollY}px`;
}

function hide(): void {
  window.clearTimeout(hideTimer);
  if (current) {
    const before = current.dataset['describedby'];
    if (before) current.setAttribute('aria-describedby', before);
    else current.removeAttribute('aria-describedby');
    delete current.dataset['describedby'];
  }
  preview.hidden = true;
  preview.replaceChildren();
  active?.classList.remove('sidenote-active');
  active = undefined;
  current = undefined;
}

function hideSoon(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 200);
}

const refOf = (target: EventTarget | null) =>
  (target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-footnote-ref]') ?? undefined;

document.addEventListener(
  'pointerdown',
  (e) => {
    lastPointer = e.pointerType;
    openedBefore = current !== undefined && refOf(e.target) === current;
  },
  true,
);
document.addEventListener('pointerover', (e) => {
  if (e.pointerType === 'touch') return;
  const ref = refOf(e.target);
  if (ref) show(ref);
  else if ((e.target as Element).closest?.('#note-preview')) window.clearTimeout(hideTimer);
});
document.addEventListener('pointerout', (e) => {
  if (e.pointerType === 'touch' || !current) return;
  const to = e.relatedTarget as Element | null;
  if (to && (to.closest('#note-preview') || refOf(to) === current)) return;
  if (refOf(e.target) || (e.target as Element).closest?.('#note-preview')) hideSoon();
});
document.addEventListener('focusin', (e) => {
  const ref = refOf(e.target);
  if (ref && ref.id === returningTo) returningTo = undefined;
  else if (ref) show(ref);
  else if (current && !preview.contains(e.target as Node)) hide();
});
document.addEventListener('focusout', (e) => {
  if (refOf(e.target) === current && !preview.contains(e.relatedTarget as Node | null)) hideSoon();
});
document.addEventListener('click', (e) => {
  // A back-link or a note's claim leads to a reference in the text.
  const back = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('.footnote-backref, .note-claim a');
  if (back) returningTo = decodeURIComponent((back.getAttribute('href') ?? '').slice(1));
  const ref = refOf(e.target);
  if (ref && e.detail > 0 && lastPointer === 'touch' && !openedBefore && !isSidenote(noteFor(ref))) {
    // First tap previews; a second tap on the same reference follows it to the note.
    e.preventDefault();
    show(ref);
    openedBefore = true;
  } else if (ref) hide();
  else if (current && !preview.contains(e.target as Node)) hide();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && current) hide();
});
window.addEventListener('resize', () => current && !active && place(current));
