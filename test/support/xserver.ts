/**
 * A real X desktop for tests: a headless X server (Xvfb) with an EWMH window manager (openbox),
 * and a client that opens a real window and asks the window manager to put it in and out of full
 * screen the way a film player does (a _NET_WM_STATE client message to the root window).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import x11, { type XClient, type XDisplay, type XProperty } from 'x11';

export interface XDesktop {
  /** The DISPLAY value, e.g. ":42". */
  display: string;
  /** `coverScreen`: an undecorated window as large as the screen, as games and players size themselves. */
  openWindow(options?: { coverScreen?: boolean }): Promise<XWindow>;
  stop(): Promise<void>;
}

export interface XWindow {
  id: number;
  setFullScreen(on: boolean): Promise<void>;
  /** Whether the window manager lists _NET_WM_STATE_FULLSCREEN on it. */
  inFullScreenState(): Promise<boolean>;
  close(): Promise<void>;
}

const call = <T>(request: (callback: (error: Error | null, value: T) => void) => void): Promise<T> =>
  new Promise((resolve, reject) => request((error, value) => (error ? reject(error) : resolve(value))));

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await wait(25);
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function startXvfb(): Promise<{ child: ChildProcess; display: string }> {
  // -displayfd: the server picks a free display number and writes it to stdout once it listens.
  const child = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start within 10 s: ${err}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve({ child, display: `:${out.trim()}` });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start Xvfb (is the xvfb package installed?): ${error.message}`));
    });
  });
}

function connect(display: string): Promise<XDisplay> {
  return new Promise((resolve, reject) => {
    const client = x11.createClient({ display }, (error, connected) => (error ? reject(error) : resolve(connected)));
    client.once('error', reject);
  });
}

const atomList = (property: XProperty) => Array.from({ length: property.data.length / 4 }, (_, i) => property.data.readUInt32LE(i * 4));

export async function startXDesktop(): Promise<XDesktop> {
  const xvfb = await startXvfb();
  const home = mkdtempSync(path.join(tmpdir(), 'limber-openbox-'));
  const wm = spawn('openbox', ['--sm-disable'], { env: { ...process.env, DISPLAY: xvfb.display, HOME: home, XDG_CONFIG_HOME: home }, stdio: 'ignore' });
  const X: XClient = (await connect(xvfb.display)).client;
  X.on('error', () => undefined);
  const screen = (X as unknown as { display: XDisplay }).display.screen[0]!;
  const root = screen.root;
  const atom = (name: string) => call<number>((cb) => X.InternAtom(false, name, cb));
  const [supportingWm, activeWindow, wmState, fullScreen, motifHints] = await Promise.all(['_NET_SUPPORTING_WM_CHECK', '_NET_ACTIVE_WINDOW', '_NET_WM_STATE', '_NET_WM_STATE_FULLSCREEN', '_MOTIF_WM_HINTS'].map(atom));
  // The window manager is ready once it announces itself on the root (EWMH).
  await until('openbox to manage the screen', async () => (await call<XProperty>((cb) => X.GetProperty(0, root, supportingWm!, 0, 0, 1, cb))).data.length > 0);
  const stateOf = async (id: number) => atomList(await call<XProperty>((cb) => X.GetProperty(0, id, wmState!, 4, 0, 32, cb)));
  const active = async () => atomList(await call<XProperty>((cb) => X.GetProperty(0, root, activeWindow!, 33, 0, 1, cb)))[0];
  const clientMessage = (window: number, type: number, data: number[]) =>
    X.SendEvent(root, false, x11.eventMask.SubstructureRedirect | x11.eventMask.SubstructureNotify, { type: 33, format: 32, seq: 0, wid: window, message_type: type, data });

  return {
    display: xvfb.display,
    async openWindow({ coverScreen = false } = {}) {
      const id = X.AllocID();
      const [width, height] = coverScreen ? [screen.pixel_width, screen.pixel_height] : [400, 300];
      X.CreateWindow(id, root, coverScreen ? 0 : 100, coverScreen ? 0 : 100, width, height, 0, 0, 0, 0, { eventMask: x11.eventMask.StructureNotify });
      // _MOTIF_WM_HINTS: flags = decorations, decorations = none.
      if (coverScreen) X.ChangeProperty(0, id, motifHints!, motifHints!, 32, [2, 0, 0, 0, 0]);
      X.MapWindow(id);
      // Source indication 2: a pager asks, so the window manager honours it without focus-stealing rules.
      await until('the new window to become active', async () => {
        clientMessage(id, activeWindow!, [2, 0, 0, 0, 0]);
        return (await active()) === id;
      });
      return {
        id,
        async setFullScreen(on) {
          clientMessage(id, wmState!, [on ? 1 : 0, fullScreen!, 0, 1, 0]);
          await until(`the window to ${on ? 'enter' : 'leave'} full screen`, async () => (await stateOf(id)).includes(fullScreen!) === on);
        },
        inFullScreenState: async () => (await stateOf(id)).includes(fullScreen!),
        async close() {
          X.DestroyWindow(id);
          await until('the window to be gone', () => call((cb) => X.GetGeometry(id, cb)).then(() => false, () => true));
        },
      };
    },
    async stop() {
      X.terminate();
      await stopChild(wm);
      await stopChild(xvfb.child);
      rmSync(home, { recursive: true, force: true });
    },
  };
}
