/**
 * The macOS system calls behind MacApi, through koffi (prebuilt binaries in its npm package).
 * Loaded only on macOS. Core Foundation objects are opaque pointers, released after use.
 */
import koffi from 'koffi';
import type { MacApi, Rect } from './index.js';

/** Four-character codes, as CoreAudio and CoreMediaIO name their properties. */
const fourcc = (code: string) => code.split('').reduce((value, char) => (value << 8) | char.charCodeAt(0), 0) >>> 0;
const SYSTEM_OBJECT = 1;
const kCFStringEncodingUTF8 = 0x08000100;
const kCFNumberIntType = 9;
const kCGWindowListOptionOnScreenOnly = 1;
const kCGWindowListExcludeDesktopElements = 16;

export function koffiMacApi(selfPid: number): MacApi {
  const coreAudio = koffi.load('/System/Library/Frameworks/CoreAudio.framework/CoreAudio');
  const coreMediaIO = koffi.load('/System/Library/Frameworks/CoreMediaIO.framework/CoreMediaIO');
  const coreGraphics = koffi.load('/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics');
  const coreFoundation = koffi.load('/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation');
  const libproc = koffi.load('/usr/lib/libproc.dylib');

  // Registered by name for the prototypes below.
  koffi.struct('PropertyAddress', { selector: 'uint32', scope: 'uint32', element: 'uint32' });
  koffi.struct('CGRect', { x: 'double', y: 'double', width: 'double', height: 'double' });
  const AudioObjectGetPropertyData = coreAudio.func('int32 AudioObjectGetPropertyData(uint32, const PropertyAddress *, uint32, void *, _Inout_ uint32 *, void *)');
  const CMIOObjectGetPropertyDataSize = coreMediaIO.func('int32 CMIOObjectGetPropertyDataSize(uint32, const PropertyAddress *, uint32, void *, _Out_ uint32 *)');
  const CMIOObjectGetPropertyData = coreMediaIO.func('int32 CMIOObjectGetPropertyData(uint32, const PropertyAddress *, uint32, void *, uint32, _Out_ uint32 *, void *)');
  const CGWindowListCopyWindowInfo = coreGraphics.func('void *CGWindowListCopyWindowInfo(uint32, uint32)');
  const CGRectMakeWithDictionaryRepresentation = coreGraphics.func('bool CGRectMakeWithDictionaryRepresentation(void *, _Out_ CGRect *)');
  const CGGetActiveDisplayList = coreGraphics.func('int32 CGGetActiveDisplayList(uint32, void *, _Out_ uint32 *)');
  const CGDisplayBounds = coreGraphics.func('CGRect CGDisplayBounds(uint32)');
  const CFStringCreateWithCString = coreFoundation.func('void *CFStringCreateWithCString(void *, const char *, uint32)');
  const CFArrayGetCount = coreFoundation.func('long CFArrayGetCount(void *)');
  const CFArrayGetValueAtIndex = coreFoundation.func('void *CFArrayGetValueAtIndex(void *, long)');
  const CFDictionaryGetValue = coreFoundation.func('void *CFDictionaryGetValue(void *, void *)');
  const CFNumberGetValue = coreFoundation.func('bool CFNumberGetValue(void *, long, _Out_ int *)');
  const CFRelease = coreFoundation.func('void CFRelease(void *)');
  const proc_listallpids = libproc.func('int proc_listallpids(void *, int)');
  const proc_name = libproc.func('int proc_name(int, void *, uint32)');

  // The CGWindow dictionary keys' values are their own names.
  const key = (name: string) => CFStringCreateWithCString(null, name, kCFStringEncodingUTF8) as unknown;
  const keys = { layer: key('kCGWindowLayer'), bounds: key('kCGWindowBounds'), pid: key('kCGWindowOwnerPID') };
  const global = (selector: string) => ({ selector: fourcc(selector), scope: fourcc('glob'), element: 0 });
  const cfInt = (dict: unknown, name: unknown): number | null => {
    const number = CFDictionaryGetValue(dict, name);
    const out = [0];
    return number && CFNumberGetValue(number, kCFNumberIntType, out) ? (out[0] as number) : null;
  };

  return {
    microphoneInUse() {
      const id = Buffer.alloc(4);
      if (AudioObjectGetPropertyData(SYSTEM_OBJECT, global('dIn '), 0, null, [4], id) !== 0 || id.readUInt32LE(0) === 0) return null;
      const running = Buffer.alloc(4);
      if (AudioObjectGetPropertyData(id.readUInt32LE(0), global('gone'), 0, null, [4], running) !== 0) return null;
      return running.readUInt32LE(0) !== 0;
    },
    cameraInUse() {
      const size = [0];
      if (CMIOObjectGetPropertyDataSize(SYSTEM_OBJECT, global('dev#'), 0, null, size) !== 0) return null;
      const count = (size[0] as number) / 4;
      if (count === 0) return null;
      const ids = Buffer.alloc(count * 4);
      if (CMIOObjectGetPropertyData(SYSTEM_OBJECT, global('dev#'), 0, null, count * 4, [0], ids) !== 0) return null;
      for (let i = 0; i < count; i++) {
        const running = Buffer.alloc(4);
        if (CMIOObjectGetPropertyData(ids.readUInt32LE(i * 4), global('gone'), 0, null, 4, [0], running) === 0 && running.readUInt32LE(0) !== 0) return true;
      }
      return false;
    },
    frontWindow() {
      const list = CGWindowListCopyWindowInfo(kCGWindowListOptionOnScreenOnly | kCGWindowListExcludeDesktopElements, 0) as unknown;
      if (!list) return null;
      try {
        let window: Rect | null = null;
        const count = CFArrayGetCount(list) as number;
        // Front to back: the first ordinary (layer 0) window that is not ours.
        for (let i = 0; i < count && window === null; i++) {
          const info = CFArrayGetValueAtIndex(list, i);
          if (cfInt(info, keys.layer) !== 0 || cfInt(info, keys.pid) === selfPid) continue;
          const rect: Rect = { x: 0, y: 0, width: 0, height: 0 };
          if (CGRectMakeWithDictionaryRepresentation(CFDictionaryGetValue(info, keys.bounds), rect)) window = rect;
        }
        const ids = Buffer.alloc(16 * 4);
        const found = [0];
        if (CGGetActiveDisplayList(16, ids, found) !== 0) return null;
        const displays = Array.from({ length: found[0] as number }, (_, i) => CGDisplayBounds(ids.readUInt32LE(i * 4)) as Rect);
        return { window, displays };
      } finally {
        CFRelease(list);
      }
    },
    processNames() {
      const pids = Buffer.alloc(4 * 8192);
      const count = proc_listallpids(pids, pids.length) as number;
      if (count <= 0) return null;
      const names: string[] = [];
      const name = Buffer.alloc(256);
      for (let i = 0; i < count; i++) {
        const length = proc_name(pids.readInt32LE(i * 4), name, name.length) as number;
        if (length > 0) names.push(name.toString('utf8', 0, length));
      }
      return names;
    },
  };
}
