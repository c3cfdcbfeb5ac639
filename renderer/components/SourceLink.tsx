import type { ComponentChildren } from 'preact';
import { t } from '../i18n.ts';

/**
 * A link to a cited source. In the app a new-window link is refused by main's window-open handler,
 * which opens allow-listed https sources in the person's browser instead
 * (main/platform/security.ts); in the preview it simply opens a tab.
 */
export function SourceLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a class="source-link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="visually-hidden"> {t('source.opensExternally')}</span>
      <span class="source-link-mark" aria-hidden="true">
        ↗
      </span>
    </a>
  );
}
