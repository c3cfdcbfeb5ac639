import type { Evidence } from '../content/index.ts';
import { t, type MessageKey } from '../i18n.ts';

const labels: Record<Evidence, MessageKey> = {
  strong: 'evidence.strong',
  mixed: 'evidence.mixed',
  weak: 'evidence.weak',
  'expert opinion': 'evidence.expert',
};

const slug = (evidence: Evidence) => evidence.replace(/\s+/g, '-');

/** How firm the evidence is, as a small labelled badge. */
export function EvidenceBadge({ evidence }: { evidence: Evidence }) {
  return (
    <span class={`evidence-badge evidence-badge-${slug(evidence)}`} data-evidence={evidence}>
      {t(labels[evidence])}
    </span>
  );
}

/** The badge, opening to say why the evidence is rated so. */
export function EvidenceNote({ evidence, note }: { evidence: Evidence; note: string }) {
  return (
    <details class="evidence">
      <summary>
        <EvidenceBadge evidence={evidence} />
        <span class="visually-hidden"> {t('evidence.why')}</span>
      </summary>
      <p>{note}</p>
    </details>
  );
}
