import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fakes/electron.js')).fakeElectronModule());

import * as electronModule from 'electron';
import type { FakeElectron } from './fakes/electron.js';
import { appHarness, type AppHarness } from './support/appHarness.js';
import { ManualHost } from './support/manualHost.js';
import { chimeFile, chimes as chimeNotes } from '../resources/build/sounds.js';
import { defaultSettings, resolveSettings } from '../main/core/settings.js';
import { chimeFor, mayChime } from '../main/core/sounds.js';
import { createSoundPlayer, playerCommands, type SpawnLike } from '../main/platform/sounds.js';
import { repoRoot } from './ui/support/build.js';

/** A fake `child_process.spawn`: records each start; commands in `missing` fail as ENOENT would. */
function fakeSpawn(missing: string[] = []) {
  const started: string[][] = [];
  const spawn: SpawnLike = (command, args) => {
    started.push([command, ...args]);
    const child = Object.assign(new EventEmitter(), { unref: () => undefined });
    if (missing.includes(command)) queueMicrotask(() => child.emit('error', Object.assign(new Error(`spawn ${command} ENOENT`), { code: 'ENOENT' })));
    return child;
  };
  return { spawn, started };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('when a chime sounds', () => {
  it('a break starting and ending, and the first ask of a drink reminder; nothing else', () => {
    expect(chimeFor({ at: 0, event: 'breakStart', reminder: 'stretch', until: 1, source: 'reply' })).toBe('breakStart');
    expect(chimeFor({ at: 0, event: 'breakEnd', reminder: 'move' })).toBe('breakEnd');
    expect(chimeFor({ at: 0, event: 'alert', reminder: 'hydrate', attempt: 1 })).toBe('drink');
    expect(chimeFor({ at: 0, event: 'alert', reminder: 'hydrate', attempt: 2 })).toBeNull();
    expect(chimeFor({ at: 0, event: 'alert', reminder: 'stretch', attempt: 1 })).toBeNull();
    expect(chimeFor({ at: 0, event: 'drink', ml: 250, todayMl: 250 })).toBeNull();
  });

  it('off by default; on when chosen, but never in do-not-disturb or a call, nor at volume 0', () => {
    expect(mayChime(defaultSettings(), [])).toBe(false);
    const on = resolveSettings({ sounds: { enabled: true } });
    expect(mayChime(on, [])).toBe(true);
    expect(mayChime(on, ['fullScreen'])).toBe(true);
    expect(mayChime(on, ['doNotDisturb'])).toBe(false);
    expect(mayChime(on, ['inCall'])).toBe(false);
    expect(mayChime(resolveSettings({ sounds: { enabled: true, volume: 0 } }), [])).toBe(false);
    expect(() => resolveSettings({ sounds: { volume: 150 } })).toThrow(/settings\.sounds\.volume: must be 0 to 100 \(got 150\)/);
  });
});

describe('the sound player', () => {
  it('plays with paplay at the volume on Linux, afplay on macOS, PowerShell on Windows', () => {
    expect(playerCommands('linux', '/s/drink.wav', 50)[0]).toEqual(['paplay', ['--volume=32768', '/s/drink.wav']]);
    expect(playerCommands('darwin', '/s/drink.wav', 25)[0]).toEqual(['afplay', ['-v', '0.25', '/s/drink.wav']]);
    expect(playerCommands('win32', "C:\\O'Brien\\drink.wav", 50)[0]?.[1].at(-1)).toBe("(New-Object Media.SoundPlayer 'C:\\O''Brien\\drink.wav').PlaySync()");
  });

  it('falls back to aplay when paplay is missing, remembers it, and says once when nothing can play', async () => {
    const { spawn, started } = fakeSpawn(['paplay']);
    let told = 0;
    const player = createSoundPlayer({ spawn, platform: 'linux', dir: '/s', onUnavailable: () => told++ });
    player.play('breakStart', 60);
    await tick();
    expect(started).toEqual([
      ['paplay', '--volume=39322', '/s/break-start.wav'],
      ['aplay', '-q', '/s/break-start.wav'],
    ]);
    player.play('drink', 60);
    await tick();
    expect(started.at(-1)).toEqual(['aplay', '-q', '/s/drink.wav']);
    expect(told).toBe(0);

    const none = fakeSpawn(['paplay', 'aplay']);
    const silent = createSoundPlayer({ spawn: none.spawn, platform: 'linux', dir: '/s', onUnavailable: () => told++ });
    silent.play('breakEnd', 60);
    await tick();
    silent.play('breakEnd', 60);
    await tick();
    expect(told).toBe(1);
  });
});

describe('the shipped chimes', () => {
  it('are the files the generator makes: small mono WAVs, three different sounds', () => {
    const names = ['break-start', 'break-end', 'drink'] as const;
    const bytes = names.map((name) => readFileSync(join(repoRoot, 'resources', 'sounds', `${name}.wav`)));
    names.forEach((name, i) => expect(bytes[i]?.equals(chimeFile(name)), `${name}.wav is out of date: npm run sounds`).toBe(true));
    for (const file of bytes) {
      expect(file.subarray(0, 4).toString()).toBe('RIFF');
      expect(file.readUInt16LE(22)).toBe(1); // mono
      expect(file.length).toBeLessThan(64 * 1024);
    }
    expect(new Set(bytes.map((b) => b.toString('base64'))).size).toBe(3);
    expect(Object.keys(chimeNotes)).toEqual([...names]);
  });
});

describe('chimes in the app', () => {
  let app: AppHarness | null = null;
  afterEach(() => app?.stop());

  it('sound when a break starts and ends once chosen, at the volume, and the sample button plays one', async () => {
    app = appHarness(electronModule as unknown as FakeElectron);
    const { spawn, started } = fakeSpawn();
    const host = new ManualHost(Date.parse('2026-03-02T09:00:00+01:00'));
    await app.start('linux', host, {}, spawn);
    await app.invoke('break:now');
    expect(started).toEqual([]); // off by default
    await app.invoke('reply', { reminder: 'move', action: 'done' });
    await app.invoke('settings:set', { sounds: { enabled: true, volume: 50 } });
    await app.invoke('break:now');
    host.advance(2 * 60_000);
    expect(started.map((args) => args.join(' '))).toEqual([
      `paplay --volume=32768 ${join('/tmp/limber-fake/app', 'resources', 'sounds', 'break-start.wav')}`,
      `paplay --volume=32768 ${join('/tmp/limber-fake/app', 'resources', 'sounds', 'break-end.wav')}`,
    ]);
    await app.invoke('sound:preview', { chime: 'drink' });
    expect(started.at(-1)?.at(-1)).toMatch(/drink\.wav$/);
  });
});
