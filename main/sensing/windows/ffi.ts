/**
 * The Windows system calls behind WindowsApi, through koffi (its npm package ships prebuilt
 * binaries, so nothing compiles at install). Loaded only on Windows. Handles are pointer-sized
 * integers; buffers are Node Buffers koffi passes as pointers.
 */
import koffi from 'koffi';
import type { Capability, CapabilityUse, WindowsApi } from './index.js';

const HKEY_CURRENT_USER = 0x80000001;
const KEY_READ = 0x20019;
const ERROR_SUCCESS = 0;
const TH32CS_SNAPPROCESS = 0x2;
const INVALID_HANDLE = -1;
/** WNF_SHEL_QUIET_MOMENT_SHELL_MODE_CHANGED: the Focus Assist mode (undocumented but stable since 1803). */
const WNF_FOCUS_ASSIST = 0x0d83063ea3bf5075n;
const CONSENT_STORE = 'Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

export function koffiWindowsApi(): WindowsApi {
  const shell32 = koffi.load('shell32.dll');
  const advapi32 = koffi.load('advapi32.dll');
  const kernel32 = koffi.load('kernel32.dll');
  const ntdll = koffi.load('ntdll.dll');

  const SHQueryUserNotificationState = shell32.func('__stdcall', 'SHQueryUserNotificationState', 'long', [koffi.out(koffi.pointer('int'))]);
  const NtQueryWnfStateData = ntdll.func('__stdcall', 'NtQueryWnfStateData', 'long', ['void *', 'void *', 'void *', koffi.out(koffi.pointer('uint32')), 'void *', koffi.inout(koffi.pointer('uint32'))]);
  const RegOpenKeyExW = advapi32.func('__stdcall', 'RegOpenKeyExW', 'long', ['intptr', 'str16', 'uint32', 'uint32', koffi.out(koffi.pointer('intptr'))]);
  const RegEnumKeyExW = advapi32.func('__stdcall', 'RegEnumKeyExW', 'long', ['intptr', 'uint32', 'void *', koffi.inout(koffi.pointer('uint32')), 'void *', 'void *', 'void *', 'void *']);
  const RegQueryValueExW = advapi32.func('__stdcall', 'RegQueryValueExW', 'long', ['intptr', 'str16', 'void *', 'void *', 'void *', koffi.inout(koffi.pointer('uint32'))]);
  const RegCloseKey = advapi32.func('__stdcall', 'RegCloseKey', 'long', ['intptr']);
  const PROCESSENTRY32W = koffi.struct('PROCESSENTRY32W', {
    dwSize: 'uint32',
    cntUsage: 'uint32',
    th32ProcessID: 'uint32',
    th32DefaultHeapID: 'uintptr',
    th32ModuleID: 'uint32',
    cntThreads: 'uint32',
    th32ParentProcessID: 'uint32',
    pcPriClassBase: 'int32',
    dwFlags: 'uint32',
    szExeFile: koffi.array('char16', 260, 'String'),
  });
  const CreateToolhelp32Snapshot = kernel32.func('__stdcall', 'CreateToolhelp32Snapshot', 'intptr', ['uint32', 'uint32']);
  const Process32FirstW = kernel32.func('__stdcall', 'Process32FirstW', 'bool', ['intptr', koffi.inout(koffi.pointer(PROCESSENTRY32W))]);
  const Process32NextW = kernel32.func('__stdcall', 'Process32NextW', 'bool', ['intptr', koffi.inout(koffi.pointer(PROCESSENTRY32W))]);
  const CloseHandle = kernel32.func('__stdcall', 'CloseHandle', 'bool', ['intptr']);

  const openKey = (parent: number, path: string): number | null => {
    const out = [0];
    return RegOpenKeyExW(parent, path, 0, KEY_READ, out) === ERROR_SUCCESS ? (out[0] as number) : null;
  };
  const subkeys = (key: number): string[] => {
    const names: string[] = [];
    for (let index = 0; ; index++) {
      const buffer = Buffer.alloc(512);
      const length = [256];
      if (RegEnumKeyExW(key, index, buffer, length, null, null, null, null) !== ERROR_SUCCESS) return names;
      names.push(buffer.toString('utf16le', 0, (length[0] as number) * 2));
    }
  };
  const qword = (key: number, name: string): bigint => {
    const data = Buffer.alloc(8);
    const size = [8];
    return RegQueryValueExW(key, name, null, null, data, size) === ERROR_SUCCESS ? data.readBigUInt64LE(0) : 0n;
  };
  const usesUnder = (key: number, prefix: string, out: CapabilityUse[]) => {
    for (const app of subkeys(key)) {
      if (app === 'NonPackaged') continue;
      const sub = openKey(key, app);
      if (sub === null) continue;
      out.push({ app: prefix + app, start: qword(sub, 'LastUsedTimeStart'), stop: qword(sub, 'LastUsedTimeStop') });
      RegCloseKey(sub);
    }
  };

  return {
    notificationState() {
      const state = [0];
      return SHQueryUserNotificationState(state) === 0 ? (state[0] as number) : null;
    },
    focusAssist() {
      const name = Buffer.alloc(8);
      name.writeBigUInt64LE(WNF_FOCUS_ASSIST);
      const data = Buffer.alloc(4);
      const size = [4];
      return NtQueryWnfStateData(name, null, null, [0], data, size) === 0 ? data.readUInt32LE(0) : null;
    },
    capabilityUse(capability: Capability) {
      const root = openKey(HKEY_CURRENT_USER, `${CONSENT_STORE}\\${capability}`);
      if (root === null) return null;
      const uses: CapabilityUse[] = [];
      try {
        usesUnder(root, '', uses);
        const desktop = openKey(root, 'NonPackaged');
        if (desktop !== null) {
          usesUnder(desktop, '', uses);
          RegCloseKey(desktop);
        }
      } finally {
        RegCloseKey(root);
      }
      return uses;
    },
    processNames() {
      const snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0) as number;
      if (snapshot === INVALID_HANDLE) return null;
      try {
        const names: string[] = [];
        const entry: { dwSize: number; szExeFile?: string } = { dwSize: koffi.sizeof(PROCESSENTRY32W) };
        for (let ok = Process32FirstW(snapshot, entry) as boolean; ok; ok = Process32NextW(snapshot, entry) as boolean) {
          if (entry.szExeFile) names.push(entry.szExeFile);
        }
        return names;
      } finally {
        CloseHandle(snapshot);
      }
    },
  };
}
