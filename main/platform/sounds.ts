/**
 * Plays a chime file with the system's own player, at a volume from 0 to 100: `paplay` (PulseAudio
 * and PipeWire) or `aplay` on Linux, `afplay` on macOS, PowerShell's SoundPlayer on Windows (which
 * has no volume: the file plays as made). A player that is missing is tried once and then left
 * alone; when none works the person is told once (the chimes are extra: every alert is also seen).
 */
import { join } from 'node:path';
import type { Chime } from '../core/sounds.js';

const files: Record<Chime, string> = { breakStart: 'break-start.wav', breakEnd: 'break-end.wav', drink: 'drink.wav' };

export interface SpawnLike {
  (command: string, args: string[], options: { stdio: 'ignore'; windowsHide: boolean }): { on(event: 'error', listener: (error: Error) => void): unknown; unref(): void };
}

export interface SoundPorts {
  spawn: SpawnLike;
  platform: NodeJS.Platform;
  /** Folder holding the chime files. */
  dir: string;
  /** No player could play: said once. */
  onUnavailable(): void;
}

/** The commands to try, in order, for a file at a volume (0–100). */
export function playerCommands(platform: NodeJS.Platform, file: string, volume: number): [string, string[]][] {
  const share = Math.max(0, Math.min(100, volume)) / 100;
  switch (platform) {
    case 'darwin':
      return [['afplay', ['-v', share.toFixed(2), file]]];
    case 'win32':
      return [['powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', `(New-Object Media.SoundPlayer '${file.replace(/'/g, "''")}').PlaySync()`]]];
    default:
      return [
        ['paplay', [`--volume=${Math.round(share * 65_536)}`, file]],
        ['aplay', ['-q', file]],
      ];
  }
}

export interface SoundPlayer {
  play(chime: Chime, volume: number): void;
}

export function createSoundPlayer(ports: SoundPorts): SoundPlayer {
  const missing = new Set<string>();
  let told = false;

  const tryFrom = (commands: [string, string[]][]) => {
    const [next, ...rest] = commands.filter(([command]) => !missing.has(command));
    if (!next) {
      if (!told) ports.onUnavailable();
      told = true;
      return;
    }
    const [command, args] = next;
    const child = ports.spawn(command, args, { stdio: 'ignore', windowsHide: true });
    child.on('error', () => {
      missing.add(command);
      tryFrom(rest);
    });
    child.unref();
  };

  return {
    play(chime, volume) {
      tryFrom(playerCommands(ports.platform, join(ports.dir, files[chime]), volume));
    },
  };
}
