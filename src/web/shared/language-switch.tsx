// The ID/EN switch in the header: the choice is remembered in localStorage by the i18n provider.
import { useT, type Locale } from '../i18n/i18n.tsx';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useT();
  const choices: { code: Locale; label: string; name: string }[] = [
    { code: 'id', label: 'ID', name: 'Bahasa Indonesia' },
    { code: 'en', label: 'EN', name: 'English' },
  ];
  return (
    <div className="lang-switch" role="group" aria-label={t('layout.language')}>
      {choices.map((c) => (
        <button
          key={c.code}
          type="button"
          lang={c.code}
          aria-pressed={locale === c.code}
          title={c.name}
          onClick={() => setLocale(c.code)}
        >
          {c.label}
        </button>
      ))}
    </div>
  );
}
