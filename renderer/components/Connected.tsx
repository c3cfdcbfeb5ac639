import type { ComponentChildren } from 'preact';
import type { AppState } from '../bridge.ts';
import { t } from '../i18n.ts';
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
      return <>{children(connection.state)}</>;
  }
}
