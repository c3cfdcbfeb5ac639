import type { ComponentChildren } from 'preact';
import type { AppState } from '../bridge.ts';
import { setContentLanguage } from '../content/index.ts';
import { locale, setLocale, t } from '../i18n.ts';
import { useAppState } from '../state.ts';

/** Renders its children with the app state once the bridge has answered; says so plainly if it cannot. */
export function Connected({ children }: { children: (state: AppState) => ComponentChildren }) {
  const connection = useAppState();
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
      // The words and the health content follow the language main chose (or the system's).
      setLocale(connection.state.language);
      setContentLanguage(locale());
      // For screen readers and for hyphenating long words in the narrow window.
      if (document.documentElement.lang !== locale()) document.documentElement.lang = locale();
      return <>{children(connection.state)}</>;
  }
}
