import { t } from '../i18n.ts';

/** The last failed intent, announced once; empty (but present) otherwise so the live region is stable. */
export function ErrorMessage({ message }: { message: string | null }) {
  return (
    <div class="error-message" role="alert">
      {message && <p>{t('app.failed', { message })}</p>}
    </div>
  );
}
