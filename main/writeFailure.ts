/**
 * Why a write did not land, in the words a person needs: the notices and the IPC answers say
 * "the disk is full" rather than ENOSPC.
 */
export const writeFailures = ['diskFull', 'readOnly', 'noPermission', 'other'] as const;
export type WriteFailure = (typeof writeFailures)[number];

export function writeFailureOf(error: unknown): WriteFailure {
  switch ((error as { code?: unknown } | null)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return 'diskFull';
    case 'EROFS':
      return 'readOnly';
    case 'EACCES':
    case 'EPERM':
      return 'noPermission';
    default:
      return 'other';
  }
}

/**
 * A request that changed nothing on disk because the write failed. The IPC layer answers it as
 * `failed` (never `ok`), so the window can say the entry was not kept.
 */
export class WriteFailedError extends Error {
  constructor(
    readonly what: 'history' | 'settings',
    readonly reason: WriteFailure,
    message: string,
  ) {
    super(message);
    this.name = 'WriteFailedError';
  }
}
