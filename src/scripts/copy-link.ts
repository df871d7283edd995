// Copying, as an enhancement: a [data-copy-link] anchor still goes to its paragraph or note without
// JavaScript; with it, a click (or Enter) also copies the full address. "Cite this" entries get a
// Copy button. A live region announces each copy, and shows it, for a few seconds.
import { word } from './page-language.ts';

const statusRegion = document.createElement('p');
statusRegion.className = 'copy-status';
statusRegion.setAttribute('role', 'status');
document.body.append(statusRegion);
let clear: number | undefined;

function announce(message: string): void {
  statusRegion.textContent = message;
  window.clearTimeout(clear);
  clear = window.setTimeout(() => (statusRegion.textContent = ''), 4000);
}

/** Copies plain text, and the same as HTML when given, so a citation pasted into a document keeps its italics. */
async function copy(text: string, done: string, failed: string, html?: string): Promise<void> {
  try {
    if (html && typeof ClipboardItem !== 'undefined') {
      const blob = (value: string, type: string) => new Blob([value], { type });
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob(text, 'text/plain'), 'text/html': blob(html, 'text/html') })]);
    } else await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    announce(failed);
  }
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const href = link.getAttribute('href') ?? '';
  // A link to a place on this page still goes there (it highlights the target); others stay put.
  if (!href.startsWith('#')) event.preventDefault();
  // Going to the anchor would move focus off the control; bring it back for keyboard users.
  if (document.activeElement === link) window.setTimeout(() => link.focus({ preventScroll: true }));
  const url = new URL(href, location.href);
  // "Link to note 2" and "Paragraph 3" name the link for screen readers; the message names its place.
  const label = link.dataset['copyLabel'] ?? link.getAttribute('aria-label') ?? link.textContent ?? '';
  const what = label.replace(word('script.linkPrefix'), '').toLowerCase();
  void copy(url.href, word('script.copiedLink', { what }), word('script.copyLinkFailed', { what }));
});

for (const entry of document.querySelectorAll<HTMLElement>('[data-copy-text]')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = word('script.copy');
  const what = entry.dataset['copyText'] ?? '';
  button.setAttribute('aria-label', word('script.copyWhat', { what }));
  button.addEventListener('click', () => void copy((entry.innerText || entry.textContent || '').trim(), word('script.copied', { what }), word('script.copyFailed', { what }), entry.innerHTML.trim()));
  entry.after(button);
}
