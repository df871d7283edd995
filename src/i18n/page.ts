// What a page or component needs to speak its reader's language, from its own address: the locale
// (src/lib/locales.ts), its words (the catalogues) and its links (urlsFor), so no prop is threaded
// through every component and a component cannot speak another language than its page.
import { localeOfPath, type Locale } from '../lib/locales.ts';
import { urlsFor, type Urls } from '../lib/urls.ts';
import { messages, type Messages } from './messages.ts';

export interface PageInterface {
  locale: Locale;
  t: Messages;
  u: Urls;
}

export function pageInterface(pathname: string): PageInterface {
  const locale = localeOfPath(pathname);
  return { locale, t: messages(locale), u: urlsFor(locale) };
}
