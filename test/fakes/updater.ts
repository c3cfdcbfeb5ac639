/**
 * A typed fake of electron-updater's autoUpdater. A test says what the next look will find
 * (`answer`), and the fake emits the events the real one emits, in the same order: for a found
 * update, checking → available → progress…, then `finishDownload()` → downloaded.
 */
import { EventEmitter } from 'node:events';
import type { UpdaterLike } from '../../main/platform/updates.js';

export type LookResult = { kind: 'none' } | { kind: 'available'; version: string } | { kind: 'error'; message: string } | { kind: 'inactive' };

export class FakeUpdater extends EventEmitter implements UpdaterLike {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  checks = 0;
  installs: { isSilent?: boolean; isForceRunAfter?: boolean }[] = [];
  answer: LookResult = { kind: 'none' };
  private found: string | null = null;

  override on(event: string, listener: (...args: never[]) => void): this {
    return super.on(event, listener as (...args: unknown[]) => void);
  }

  async checkForUpdates(): Promise<unknown> {
    this.checks++;
    await Promise.resolve();
    if (this.answer.kind === 'inactive') return null;
    this.emit('checking-for-update');
    switch (this.answer.kind) {
      case 'none':
        this.emit('update-not-available', { version: '0.1.0' });
        return { updateInfo: { version: '0.1.0' } };
      case 'available':
        this.found = this.answer.version;
        this.emit('update-available', { version: this.answer.version });
        if (this.autoDownload) this.emit('download-progress', { percent: 42.4 });
        return { updateInfo: { version: this.answer.version } };
      case 'error': {
        // electron-updater both emits 'error' and rejects.
        const error = new Error(this.answer.message);
        this.emit('error', error);
        throw error;
      }
    }
  }

  /** The background download completes. */
  finishDownload(): void {
    if (!this.found) throw new Error('no update was found to finish downloading');
    this.emit('update-downloaded', { version: this.found });
  }

  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push({ isSilent, isForceRunAfter });
  }
}
