/**
 * The app-wide security policy, applied once at startup before any window exists: a strict CSP on
 * every response, no navigation away from the app's pages, no new windows or <webview>s, no web
 * permissions, and external links only to an allow-list of health sources, opened in the browser.
 *
 * The decisions are pure functions (tested directly); `applySecurityPolicy` only wires them to
 * Electron, which comes in as a parameter so tests drive it with the typed fake.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Hosts the renderer may link to (the sources cited by the content). A link opens in the person's
 * browser only if its host is one of these or a subdomain of one, over https on the default port.
 */
export const externalLinkHosts: readonly string[] = [
  'nhs.uk',
  'mayoclinic.org',
  'cochranelibrary.com',
  'pubmed.ncbi.nlm.nih.gov',
  'efsa.europa.eu',
  'acsm.org',
  'who.int',
  // The Sources page cites papers by DOI, the FDA's safety notice on quinine and the MHRA's
  // Drug Safety Update on GOV.UK.
  'doi.org',
  'fda.gov',
  'gov.uk',
];

export function isAllowedExternalUrl(url: string, hosts: readonly string[] = externalLinkHosts): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol !== 'https:' || parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return false;
  const host = parsed.hostname;
  return hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

export interface AppPages {
  /** Directory of the built renderer pages (dist/renderer inside the app). */
  rendererDir: string;
  /** The renderer's dev/preview server, trusted only when the app is not packaged. */
  devServerUrl?: string | null;
  packaged: boolean;
}

/** Whether `url` is one of the app's own pages: a file inside `rendererDir`, or the dev server. */
export function isAppPage(url: string, pages: AppPages): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol === 'file:') {
    let filePath: string;
    try {
      filePath = fileURLToPath(parsed);
    } catch {
      return false; // a host, or an encoded separator: not a plain local file
    }
    const relative = path.relative(path.resolve(pages.rendererDir), filePath);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  }
  if (pages.packaged || !pages.devServerUrl) return false;
  const dev = parseUrl(pages.devServerUrl);
  return dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:') && parsed.origin === dev.origin;
}

/** The parts of an IPC event (`IpcMainInvokeEvent` / `IpcMainEvent`) the sender check reads. */
export interface SenderEvent {
  readonly senderFrame?: { readonly url: string; readonly parent?: unknown } | null;
}

/**
 * Whether an IPC message comes from the app's own top-level page. Any other frame (a subframe, a
 * page navigated elsewhere, a frame already gone) gets nothing, even though the preload is the only
 * way in: this is the second lock on the door.
 */
export function isTrustedSender(event: SenderEvent, pages: AppPages): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== undefined && frame.parent !== null) return false;
  return isAppPage(frame.url, pages);
}

/** Whether navigating from `current` to `target` stays on the same document (only the hash differs). */
export function isSamePage(target: string, current: string): boolean {
  const a = parseUrl(target);
  const b = parseUrl(current);
  if (a === null || b === null) return false;
  a.hash = '';
  b.hash = '';
  return a.href === b.href;
}

interface PreventableEvent {
  preventDefault(): void;
}

/** What the policy needs of a `WebContents` (the real one and the fake both fit). */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  getURL(): string;
}

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

export interface SecurityDeps {
  app: {
    isPackaged: boolean;
    on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown;
  };
  session: {
    defaultSession: {
      setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
      setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
      setDevicePermissionHandler?(handler: () => boolean): void;
      webRequest: { onHeadersReceived(listener: HeadersListener): void };
    };
  };
  shell: { openExternal(url: string): Promise<void> };
  rendererDir: string;
  devServerUrl?: string | null;
  /** Where a failed `openExternal` is reported (defaults to `console.error`). */
  reportError?: (message: string, error: unknown) => void;
}

export interface SecurityPolicy {
  /** `isTrustedSender` bound to this app's pages; the IPC layer calls it on every message. */
  isTrustedSender(event: SenderEvent): boolean;
  /** Opens `url` in the browser if the allow-list permits it; returns whether it did. */
  openExternalLink(url: string): boolean;
}

export function applySecurityPolicy(deps: SecurityDeps): SecurityPolicy {
  const pages: AppPages = { rendererDir: deps.rendererDir, devServerUrl: deps.devServerUrl ?? null, packaged: deps.app.isPackaged };
  const reportError = deps.reportError ?? ((message: string, error: unknown) => console.error(message, error));
  const { defaultSession } = deps.session;
  const { shell } = deps;

  function openExternalLink(url: string): boolean {
    if (!isAllowedExternalUrl(url)) return false;
    const allowedUrl = new URL(url).href;
    shell.openExternal(allowedUrl).catch((error: unknown) => reportError('Limber could not open a link', error));
    return true;
  }

  // The CSP is written out here, in the call itself, so electronegativity can find and grade it.
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...withoutContentSecurityPolicy(details.responseHeaders),
        'Content-Security-Policy': [
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ],
      },
    });
  });

  // Limber uses no web permission (notifications are shown by main), so none is ever granted.
  defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  defaultSession.setDevicePermissionHandler?.(() => false);

  deps.app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (isSamePage(url, contents.getURL())) return;
      event.preventDefault();
      openExternalLink(url);
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternalLink(url);
      return { action: 'deny' };
    });
  });

  return {
    isTrustedSender: (event) => isTrustedSender(event, pages),
    openExternalLink,
  };
}

function withoutContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') kept[name] = value;
  }
  return kept;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
