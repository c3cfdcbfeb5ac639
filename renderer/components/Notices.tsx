import { useId } from 'preact/hooks';
import type { Notice } from '../../main/ipc/contract.ts';
import { assertNever } from '../../main/core/types.ts';
import { t } from '../i18n.ts';
import { Button } from './Button.tsx';

const shortcutFields = ['breakNow', 'drink', 'pause'] as const;

/** The shortcut fields a shortcutRefused notice names (its detail: "breakNow,pause"). */
export function refusedShortcuts(notice: Notice | undefined): (typeof shortcutFields)[number][] {
  const named = notice?.detail?.split(',') ?? [];
  return shortcutFields.filter((field) => named.includes(field));
}

export function noticeMessage(notice: Notice): string {
  switch (notice.id) {
    case 'settingsRecovered':
      return t('notice.settingsRecovered', { detail: notice.detail ?? '' });
    case 'idleUnreliable':
      return t('notice.idleUnreliable');
    case 'notificationsUnsupported':
      return t('notice.notificationsUnsupported');
    case 'historyImported':
      return t('notice.historyImported', { count: notice.detail ?? '0' });
    case 'noTray':
      return t('notice.noTray');
    case 'soundsUnavailable':
      return t('notice.soundsUnavailable');
    case 'shortcutRefused':
      return t('notice.shortcutRefused', { fields: refusedShortcuts(notice).map((field) => t(`prefs.shortcuts.${field}`)).join(', ') });
    case 'settingsPartlyRecovered':
      return t('notice.settingsPartlyRecovered', { detail: notice.detail ?? '', sections: (notice.sections ?? []).map((section) => t(`notice.section.${section}`)).join(', ') });
    case 'settingsNewer':
      return t('notice.settingsNewer');
    case 'settingsWriteFailed':
    case 'historyWriteFailed':
      return t(`notice.${notice.id}`, { reason: t(`notice.reason.${notice.reason ?? 'other'}`) });
    case 'historySkipped':
      return t('notice.historySkipped', { count: notice.detail ?? '0' });
    default:
      return assertNever(notice.id, 'notice');
  }
}

interface NoticesProps {
  notices: readonly Notice[];
  onDismiss: (id: Notice['id']) => void;
}

/** Things the person should know about this machine or this run, each dismissable. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  const headingId = useId();
  if (notices.length === 0) return null;
  return (
    <section class="notices" aria-labelledby={headingId}>
      <h2 id={headingId} class="visually-hidden">
        {t('notices.heading')}
      </h2>
      <ul>
        {notices.map((notice) => (
          <NoticeItem key={notice.id} notice={notice} onDismiss={onDismiss} />
        ))}
      </ul>
    </section>
  );
}

function NoticeItem({ notice, onDismiss }: { notice: Notice; onDismiss: (id: Notice['id']) => void }) {
  const id = useId();
  return (
    <li class="notice" data-notice={notice.id}>
      <p id={id}>{noticeMessage(notice)}</p>
      <Button variant="quiet" onClick={() => onDismiss(notice.id)} aria-describedby={id}>
        {t('notice.dismiss')}
      </Button>
    </li>
  );
}
