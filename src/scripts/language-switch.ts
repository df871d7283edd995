// The language switch is a link to the same page in the other language, which works without
// JavaScript; with it, the link also keeps the reader's place (#p-3, #fn-12), which only the browser knows.
document.querySelector<HTMLAnchorElement>('[data-language-switch]')?.addEventListener('click', (event) => {
  const link = event.currentTarget as HTMLAnchorElement;
  link.hash = location.hash;
});
export {};
