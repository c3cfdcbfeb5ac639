import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { EvidenceNote } from '../components/EvidenceBadge.tsx';
import { Icon } from '../components/Icon.tsx';
import { SourceLink } from '../components/SourceLink.tsx';
import { adviceGroups, adviceIn, notMedicalAdvice, referenceById, references, type AdviceGroup, type AdviceItem } from '../content/index.ts';
import { t } from '../i18n.ts';
import { Sources } from './Sources.tsx';
import type { ViewProps } from './types.ts';
import '../styles/guides.css';

/** A group's advice, less the "not medical advice" note, which Learn shows first on its own. */
export function adviceToShow(group: AdviceGroup): AdviceItem[] {
  return adviceIn(group).filter((item) => item.id !== notMedicalAdvice?.id);
}

/**
 * Learn: short advice about cramps, each item a title and a one-sentence summary that opens to the
 * full text with its evidence and sources; Sources lists them all.
 */
export function Learn(_props: ViewProps) {
  const [page, setPage] = useState<'advice' | 'sources'>('advice');
  const sourcesButton = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);

  useEffect(() => {
    if (page === 'advice' && returning.current) {
      returning.current = false;
      sourcesButton.current?.focus();
    }
  }, [page]);

  if (page === 'sources') {
    return (
      <Sources
        onBack={() => {
          returning.current = true;
          setPage('advice');
        }}
      />
    );
  }

  return (
    <>
      <h1 class="view-title">{t('learn.title')}</h1>
      {notMedicalAdvice && (
        <aside class="disclaimer disclaimer-prominent" aria-label={notMedicalAdvice.title}>
          <p>
            <strong>{notMedicalAdvice.title}.</strong> {notMedicalAdvice.text}
          </p>
        </aside>
      )}
      {adviceGroups.map(({ group, title }) => (
        <AdviceSection key={group} group={group} title={title} />
      ))}
      <div class="learn-footer">
        <button type="button" class="button" ref={sourcesButton} onClick={() => setPage('sources')}>
          <span>{t('learn.allSources', { count: references.length })}</span>
          <Icon name="chevron" />
        </button>
      </div>
    </>
  );
}

function AdviceSection({ group, title }: { group: AdviceGroup; title: string }) {
  const headingId = useId();
  const items = adviceToShow(group);
  if (items.length === 0) return null;
  return (
    <section class={`card guide-section advice-group advice-${group}`} aria-labelledby={headingId} data-group={group}>
      <h2 id={headingId}>{title}</h2>
      <ul class="advice-list">
        {items.map((item) => (
          <Advice key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

/**
 * One item: its title and one-sentence summary, which open (a native disclosure, so Enter and
 * Space work and the open state is announced) to the full text, its evidence and its sources.
 */
function Advice({ item }: { item: AdviceItem }) {
  const cited = item.sources.map(referenceById).filter((reference) => reference !== undefined);
  return (
    <li class="advice" data-advice={item.id} data-urgency={item.urgency}>
      <details class="advice-details">
        <summary>
          <h3>{item.title}</h3>{' '}
          <span class="advice-summary">{item.summary}</span>
          <Icon name="chevron" class="advice-toggle" />
        </summary>
        <div class="advice-more">
          <p class="advice-text">{item.text}</p>
          <div class="evidence-row">
            <EvidenceNote evidence={item.evidence} note={item.evidenceNote} />
            {cited.length > 0 && (
              <p class="source-line">
                {t(cited.length === 1 ? 'source.label' : 'source.labelPlural')}{' '}
                {cited.map((reference, i) => (
                  <span key={reference.id}>
                    {i > 0 && ', '}
                    <SourceLink href={reference.url}>
                      {reference.publisher}
                      {reference.year ? ` ${reference.year}` : ''}
                    </SourceLink>
                  </span>
                ))}
              </p>
            )}
          </div>
        </div>
      </details>
    </li>
  );
}
