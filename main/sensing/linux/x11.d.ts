// The part of the `x11` package (pure-JavaScript X11 client, no types of its own) Limber uses.
declare module 'x11' {
  import type { EventEmitter } from 'node:events';

  export interface XProperty {
    type: number;
    format: number;
    bytesAfter: number;
    data: Buffer;
  }
  export interface XGeometry {
    windowid: number;
    xPos: number;
    yPos: number;
    width: number;
    height: number;
    borderWidth: number;
    depth: number;
  }
  export interface XEvent {
    name: string;
    type: number;
    wid?: number;
    atom?: number;
    window?: number;
  }
  type Callback<T> = (error: Error | null, value: T) => void;
  export interface XClient extends EventEmitter {
    AllocID(): number;
    InternAtom(onlyIfExists: boolean, name: string, callback: Callback<number>): void;
    GetProperty(del: 0 | 1, window: number, property: number, type: number, longOffset: number, longLength: number, callback: Callback<XProperty>): void;
    ChangeProperty(mode: 0 | 1 | 2, window: number, property: number, type: number, format: 8 | 16 | 32, data: Buffer | number[] | string): void;
    ChangeWindowAttributes(window: number, values: { eventMask?: number }, callback?: Callback<unknown>): void;
    GetGeometry(window: number, callback: Callback<XGeometry>): void;
    TranslateCoordinates(src: number, dst: number, x: number, y: number, callback: Callback<{ destX: number; destY: number; child: number }>): void;
    CreateWindow(id: number, parent: number, x: number, y: number, width: number, height: number, border?: number, depth?: number, cls?: number, visual?: number, values?: Record<string, number>): void;
    MapWindow(window: number): void;
    DestroyWindow(window: number): void;
    SendEvent(destination: number, propagate: boolean | 0 | 1, eventMask: number, event: Record<string, unknown> | Buffer): void;
    terminate(): void;
    close(callback?: () => void): void;
  }
  export interface XDisplay {
    client: XClient;
    screen: Array<{ root: number; pixel_width: number; pixel_height: number; white_pixel: number; black_pixel: number }>;
  }
  export function createClient(options: { display?: string }, callback: (error: Error | null, display: XDisplay) => void): XClient;
  export const eventMask: Record<'PropertyChange' | 'StructureNotify' | 'SubstructureNotify' | 'SubstructureRedirect' | 'Exposure', number>;
  const x11: { createClient: typeof createClient; eventMask: typeof eventMask };
  export default x11;
}
