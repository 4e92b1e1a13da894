// Language of the interface: Indonesian by default, English on request, remembered in localStorage.
// `useT()` gives t(key, vars) over the typed catalogues (id.ts, en.ts) and the current locale.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LocalizedText } from '../../domain/roadmap/types.ts';
import type { Locale } from '../../domain/format/number.ts';
import { id, type MessageKey, type Messages } from './id.ts';
import { en } from './en.ts';

export type { Locale, MessageKey };

const CATALOGS: Record<Locale, Messages> = { id, en };
export const LOCALE_STORAGE_KEY = 'peta-rb.locale';

export type Vars = Record<string, string | number>;

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** Message by key; "{name}" placeholders are replaced from vars. */
  t(key: MessageKey, vars?: Vars): string;
  /** The reader's half of a bilingual text from the server or the domain. */
  pick(text: LocalizedText): string;
}

function readStoredLocale(): Locale {
  try {
    const v = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return v === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Private mode or storage disabled: the choice lasts for this page only.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const catalog = CATALOGS[locale];
    return {
      locale,
      setLocale,
      t: (key, vars) => interpolate(catalog[key], vars),
      pick: (text) => (locale === 'en' ? text.en || text.id : text.id),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useT() outside <I18nProvider>');
  return ctx;
}
