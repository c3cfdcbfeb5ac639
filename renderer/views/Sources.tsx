import { useEffect, useRef } from 'preact/hooks';
import { Icon } from '../components/Icon.tsx';
import { SourceLink } from '../components/SourceLink.tsx';
import { references, type Reference } from '../content/index.ts';
import { t } from '../i18n.ts';

/** The first author's surname, or the publisher for an organisation's page: what the list sorts by. */
const sortKey = (reference: Reference) => (reference.authors ?? reference.publisher).toLocaleLowerCase();

/** Every reference Limber's content cites: authors, year, title, publisher and a link. */
export function Sources({ onBack }: { onBack: () => void }) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus({ preventScroll: true });
  }, []);
  const sorted = [...references].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  return (
    <>
      <div class="view-top">
        <button type="button" class="back-link" onClick={onBack}>
          <Icon name="back" />
          <span>{t('sources.back')}</span>
        </button>
        <h1 class="view-title" ref={titleRef} tabIndex={-1}>
          {t('sources.title')}
        </h1>
        <p class="hint">{t('sources.intro')}</p>
      </div>
      <ol class="card reference-list">
        {sorted.map((reference) => (
          <li key={reference.id} id={`ref-${reference.id}`} class="reference" data-reference={reference.id}>
            <p class="reference-by">
              {reference.authors ?? reference.publisher}
              {reference.year !== undefined && <span class="reference-year"> ({reference.year})</span>}
            </p>
            <p class="reference-title">{reference.title}</p>
            <p class="reference-where">
              {reference.authors && <span>{reference.publisher} · </span>}
              <span class="reference-kind">{t(`sources.kind.${kindKey(reference.kind)}`)}</span>
            </p>
            <p>
              <SourceLink href={reference.url}>{displayUrl(reference.url)}</SourceLink>
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

type KindKey = 'systematicReview' | 'trial' | 'guideline' | 'positionStand' | 'healthInformation' | 'regulator' | 'review';

function kindKey(kind: Reference['kind']): KindKey {
  switch (kind) {
    case 'systematic review':
      return 'systematicReview';
    case 'position stand':
      return 'positionStand';
    case 'health information':
      return 'healthInformation';
    default:
      return kind;
  }
}

/** "nhs.uk/conditions/leg-cramps": the link as a person reads it, without the scheme and "www.". */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/$/, '');
    return `${parsed.hostname.replace(/^www\./, '')}${path}`;
  } catch {
    return url;
  }
}
