import type { UpdateStatus } from '../main/core/updates.ts';
import { formatNumber, formatTimeOfDay } from './format.ts';
import { t } from './i18n.ts';

/** What Preferences says about updates, in the window's language; null when there is nothing to say. */
export function updateStatusText(status: UpdateStatus | undefined, timeZone: string): string | null {
  if (!status) return null;
  const time = (wall: number) => formatTimeOfDay(wall, timeZone);
  switch (status.state) {
    case 'off':
      return t('updates.off');
    case 'unsupported':
      return t(status.reason === 'packageManager' ? 'updates.packageManager' : 'updates.development');
    case 'idle':
    case 'checking':
      return t('updates.checking');
    case 'none':
      return t('updates.none', { time: time(status.checkedAt) });
    case 'downloading':
      return t('updates.downloading', { version: status.version, percent: formatNumber(status.percent) });
    case 'downloaded':
      return t('updates.downloaded', { version: status.version });
    case 'error':
      return t('updates.error', { time: time(status.checkedAt), message: status.message });
    case 'offline':
      return t('updates.offline', { time: time(status.checkedAt) });
  }
}
