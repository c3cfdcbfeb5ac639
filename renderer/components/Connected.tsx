import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AppState } from '../bridge.ts';
import { isContentLanguageLoaded, loadContentLanguage, setContentLanguage } from '../content/language.ts';
import { isLocaleLoaded, languageFor, loadLocale, locale, setLocale, t } from '../i18n.ts';
import { useAppState } from '../state.ts';

/** Renders its children with the app state once the bridge has answered; says so plainly if it cannot. */
export function Connected({ children }: { children: (state: AppState) => ComponentChildren }) {
  const connection = useAppState();
  const language = connection.status === 'ready' ? connection.state.language : 'en';
  const ready = isLocaleLoaded(language) && isContentLanguageLoaded(languageFor(language));
  const [failed, setFailed] = useState<string | null>(null);
  const [, loaded] = useState(0);
  // German, Spanish and French arrive as their own chunks: fetch the one in use, then draw.
  useEffect(() => {
    if (ready) return;
    Promise.all([loadLocale(language), loadContentLanguage(languageFor(language))]).then(
      () => loaded((n) => n + 1),
      (error: unknown) => setFailed(error instanceof Error ? error.message : String(error)),
    );
  }, [language, ready]);
  switch (connection.status) {
    case 'missing':
      return (
        <p class="status-page" role="alert">
          {t('app.noBridge')}
        </p>
      );
    case 'loading':
      return <p class="status-page">{t('app.loading')}</p>;
    case 'ready':
      if (failed) {
        return (
          <p class="status-page" role="alert">
            {t('app.failed', { message: failed })}
          </p>
        );
      }
      if (!ready) return <p class="status-page">{t('app.loading')}</p>;
      // The words and the health content follow the language main chose (or the system's).
      setLocale(connection.state.language);
      setContentLanguage(locale());
      // For screen readers and for hyphenating long words in the narrow window.
      if (document.documentElement.lang !== locale()) document.documentElement.lang = locale();
      return <>{children(connection.state)}</>;
  }
}
