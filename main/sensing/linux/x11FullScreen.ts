/**
 * Full screen on X11 (EWMH): the active window (_NET_ACTIVE_WINDOW on the root) is in the
 * _NET_WM_STATE_FULLSCREEN state, or its geometry covers the whole screen (a game or player that
 * sizes itself rather than asking the window manager). Talks the X11 protocol in JavaScript over
 * one connection and listens to PropertyNotify/ConfigureNotify: no xprop per check, no polling.
 * Limits: the geometry test compares against the whole X screen, so on several monitors only the
 * EWMH state is trusted.
 */
import x11, { type XClient, type XDisplay, type XProperty } from 'x11';
import type { Answer, BusySource } from '../source.js';

const ATOM = 4;
const WINDOW = 33;
const atomNames = ['_NET_ACTIVE_WINDOW', '_NET_WM_STATE', '_NET_WM_STATE_FULLSCREEN', '_NET_WM_WINDOW_TYPE', '_NET_WM_WINDOW_TYPE_DESKTOP', '_NET_WM_WINDOW_TYPE_DOCK'] as const;
type Atoms = Record<(typeof atomNames)[number], number>;

const call = <T>(request: (callback: (error: Error | null, value: T) => void) => void): Promise<T> =>
  new Promise((resolve, reject) => request((error, value) => (error ? reject(error) : resolve(value))));

function connect(display: string): Promise<XDisplay> {
  return new Promise((resolve, reject) => {
    const client = x11.createClient({ display }, (error, connected) => (error ? reject(error) : resolve(connected)));
    client.once('error', reject);
  });
}

/** 32-bit items of a property (atoms, windows), empty when the property is missing. */
const items = (property: XProperty): number[] => {
  const out: number[] = [];
  if (property.format !== 32) return out;
  for (let at = 0; at + 4 <= property.data.length; at += 4) out.push(property.data.readUInt32LE(at));
  return out;
};

export function x11FullScreen(display: string): BusySource {
  let answer: Answer = null;
  let client: XClient | null = null;
  let watched = 0;
  let generation = 0;

  async function evaluate(X: XClient, root: number, screen: { width: number; height: number }, atoms: Atoms): Promise<Answer> {
    const [active] = items(await call<XProperty>((cb) => X.GetProperty(0, root, atoms._NET_ACTIVE_WINDOW, WINDOW, 0, 1, cb)));
    if (!active) return false;
    if (active !== watched) {
      // Our own event mask on someone else's window: their own selection is untouched.
      X.ChangeWindowAttributes(active, { eventMask: x11.eventMask.PropertyChange | x11.eventMask.StructureNotify });
      watched = active;
    }
    const state = items(await call<XProperty>((cb) => X.GetProperty(0, active, atoms._NET_WM_STATE, ATOM, 0, 32, cb)));
    if (state.includes(atoms._NET_WM_STATE_FULLSCREEN)) return true;
    const types = items(await call<XProperty>((cb) => X.GetProperty(0, active, atoms._NET_WM_WINDOW_TYPE, ATOM, 0, 32, cb)));
    if (types.includes(atoms._NET_WM_WINDOW_TYPE_DESKTOP) || types.includes(atoms._NET_WM_WINDOW_TYPE_DOCK)) return false;
    const geometry = await call<{ width: number; height: number }>((cb) => X.GetGeometry(active, cb));
    const origin = await call<{ destX: number; destY: number }>((cb) => X.TranslateCoordinates(active, root, 0, 0, cb));
    return origin.destX <= 0 && origin.destY <= 0 && origin.destX + geometry.width >= screen.width && origin.destY + geometry.height >= screen.height;
  }

  return {
    method: 'x11:_NET_WM_STATE',
    reason: 'fullScreen',
    read: () => answer,
    async start(onChange) {
      const connected = await connect(display);
      const X = connected.client;
      client = X;
      const first = connected.screen[0];
      if (!first) throw new Error(`X display ${display} has no screen`);
      const root = first.root;
      const screen = { width: first.pixel_width, height: first.pixel_height };
      const atoms = Object.fromEntries(await Promise.all(atomNames.map(async (name) => [name, await call<number>((cb) => X.InternAtom(false, name, cb))] as const))) as Atoms;
      const safely = async (): Promise<Answer> => {
        try {
          return await evaluate(X, root, screen, atoms);
        } catch {
          // The active window vanished (BadWindow; some window managers leave its id behind): a
          // window that is gone covers nothing, and its successor's PropertyNotify brings the next answer.
          return false;
        }
      };
      const refresh = async () => {
        const mine = ++generation;
        const next = await safely();
        if (mine !== generation || next === answer) return;
        answer = next;
        onChange();
      };
      // Errors for windows that closed mid-question arrive here too; the next event corrects them.
      X.on('error', () => undefined);
      X.on('end', () => {
        client = null;
        if (answer !== null) {
          answer = null;
          onChange();
        }
      });
      X.on('event', (event: { name: string; atom?: number; wid?: number; window?: number }) => {
        if (event.name === 'PropertyNotify' && event.atom !== atoms._NET_ACTIVE_WINDOW && event.atom !== atoms._NET_WM_STATE) return;
        if (event.name === 'PropertyNotify' || event.name === 'ConfigureNotify' || event.name === 'DestroyNotify') void refresh();
      });
      X.ChangeWindowAttributes(root, { eventMask: x11.eventMask.PropertyChange });
      answer = await safely();
    },
    stop() {
      generation++;
      client?.terminate();
      client = null;
      answer = null;
    },
  };
}
