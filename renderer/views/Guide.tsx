/// <reference types="vite/client" />
import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import type { GuideDocument } from '../guideDocument.ts';
import { locale, t } from '../i18n.ts';
import type { ViewProps } from './types.ts';
import '../styles/userGuide.css';

/**
 * The guides the build found (docs/guide.md, docs/guide.<language>.md), each compiled to HTML at
 * build time and fetched as its own chunk only when the Guide view asks for it.
 */
const guides = import.meta.glob<GuideDocument>('../../docs/guide*.md', { import: 'default' });

function guideIn(language: string): { language: string; load: () => Promise<GuideDocument> } {
  const translated = guides[`../../docs/guide.${language}.md`];
  if (translated) return { language, load: translated };
  const english = guides['../../docs/guide.md'];
  if (!english) throw new Error('the build holds no docs/guide.md');
  return { language: 'en', load: english };
}

type Loaded = { status: 'loading' } | { status: 'ready'; language: string; guide: GuideDocument } | { status: 'failed'; message: string };

/** Moves to a heading of the guide: scrolled to the top, with focus, like a change of view. */
function showSection(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/**
 * The user's guide, in the person's language where it is translated and otherwise in English (and
 * the page says so). Its HTML comes from the shipped Markdown through markdown-it with raw HTML off
 * (scripts/guideHtml.ts), so it holds no scripts, handlers or styles; web links open in the browser.
 */
export function Guide(_props: ViewProps) {
  const language = locale();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    const found = guideIn(language);
    found.load().then(
      (guide) => current && setLoaded({ status: 'ready', language: found.language, guide }),
      (error: unknown) => current && setLoaded({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [language]);

  return (
    <article
      class="user-guide"
      onClick={(event) => {
        const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
        if (!link) return;
        event.preventDefault();
        showSection(link.hash.slice(1));
      }}
    >
      <div class="view-top">
        <h1 class="view-title">{t('userGuide.title')}</h1>
      </div>
      {loaded.status === 'loading' && <p class="user-guide-wait">{t('app.loading')}</p>}
      {loaded.status === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.status === 'ready' && (
        <>
          {loaded.language !== language && <p class="hint">{t('userGuide.englishOnly')}</p>}
          <nav class="card user-guide-contents" aria-label={t('userGuide.contents')}>
            <h2>{t('userGuide.contents')}</h2>
            <ol lang={loaded.language}>
              {loaded.guide.sections.map((section) => (
                <li key={section.id}>
                  <a href={`#${section.id}`}>{section.title}</a>
                </li>
              ))}
            </ol>
          </nav>
          <div class="user-guide-text" lang={loaded.language} dangerouslySetInnerHTML={{ __html: loaded.guide.html }} />
        </>
      )}
    </article>
  );
}
