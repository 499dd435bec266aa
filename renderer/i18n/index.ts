/**
 * i18next for the React tree, fed from the shared string namespaces. The store owns the
 * chosen language; this module follows it, so switching re-renders every screen, updates
 * `<html lang>` and tells main (menus, dialogs) to follow.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, namespaces, resources } from '../../shared/i18n';
import type { Locale } from '../../shared/model/types';
import { api } from '../lib/api';
import { useAppStore } from '../store';

function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  void i18next.changeLanguage(locale);
  api.appSetLocale({ locale }).catch(() => undefined); // an old main without the channel is harmless
}

/** Starts i18next in the stored language and keeps it in step with the store. */
export async function setupI18n(): Promise<typeof i18next> {
  const locale = useAppStore.getState().locale;
  await i18next.use(initReactI18next).init({
    resources: resources(),
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    ns: Object.keys(namespaces),
    defaultNS: 'common',
    // Keys are flat strings such as 'nav.data' (see shared/i18n), never nested objects.
    keySeparator: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  applyLocale(locale);
  useAppStore.subscribe((state, previous) => {
    if (state.locale !== previous.locale) applyLocale(state.locale);
  });
  return i18next;
}
