import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { App, IpcMainInvokeEvent, Session, Shell } from 'electron';
import { createFakeElectron } from './fakes/electron.js';
import type { registerIpc } from '../main/ipc/handlers.js';
import {
  applySecurityPolicy,
  externalLinkHosts,
  isAllowedExternalUrl,
  isAppPage,
  isSamePage,
  isTrustedSender,
  type AppPages,
  type SecurityDeps,
  type SecurityPolicy,
} from '../main/platform/security.js';

const rendererDir = '/opt/Limber/resources/app.asar/dist/renderer';
const page = (name: string) => pathToFileURL(`${rendererDir}/${name}`).href;
const packaged: AppPages = { rendererDir, packaged: true };
const dev: AppPages = { rendererDir, packaged: false, devServerUrl: 'http://localhost:5173/' };

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function setup(options: { packaged?: boolean; devServerUrl?: string } = {}) {
  const electron = createFakeElectron();
  electron.app.isPackaged = options.packaged ?? true;
  const errors: unknown[] = [];
  const policy = applySecurityPolicy({
    app: electron.app,
    session: electron.session,
    shell: electron.shell,
    rendererDir,
    devServerUrl: options.devServerUrl ?? null,
    reportError: (_message, error) => errors.push(error),
  });
  /** A renderer's web contents as Electron announces it, sitting on `url`. */
  const contentsAt = (url: string) => {
    const { webContents } = new electron.BrowserWindow();
    webContents.getURL = () => url;
    electron.app.emit('web-contents-created', {}, webContents);
    return webContents;
  };
  return { electron, policy, errors, contentsAt };
}

function preventable() {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
}

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.nhs.uk/conditions/leg-cramps/',
    'https://nhs.uk/',
    'https://www.mayoclinic.org/diseases-conditions/muscle-cramp/symptoms-causes/syc-20350820',
    'https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD008496.pub2/full',
    'https://pubmed.ncbi.nlm.nih.gov/12345678/',
    'https://www.efsa.europa.eu/en/efsajournal/pub/1459',
    'https://www.acsm.org/',
    'HTTPS://WWW.NHS.UK/live-well/',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    ['plain http', 'http://www.nhs.uk/'],
    ['a look-alike host', 'https://nhs.uk.evil.example/'],
    ['a host that only ends with the name', 'https://evilnhs.uk/'],
    ['a sibling of an allowed subdomain', 'https://www.ncbi.nlm.nih.gov/'],
    ['credentials in the URL', 'https://user:pass@www.nhs.uk/'],
    ['a non-default port', 'https://www.nhs.uk:8443/'],
    ['another scheme', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['mailto:', 'mailto:someone@nhs.uk'],
    ['nonsense', 'not a url'],
    ['an unlisted site', 'https://evil.example/'],
  ])('refuses %s', (_why, url) => expect(isAllowedExternalUrl(url)).toBe(false));

  it('lists every host in lower case with no scheme or path', () => {
    for (const host of externalLinkHosts) expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });
});

describe('isAppPage', () => {
  it('accepts the built pages, with or without hash and query', () => {
    expect(isAppPage(page('index.html'), packaged)).toBe(true);
    expect(isAppPage(`${page('index.html')}#relief`, packaged)).toBe(true);
    expect(isAppPage(`${page('break.html')}?x=1`, packaged)).toBe(true);
  });

  it.each([
    ['another local file', 'file:///etc/passwd'],
    ['a sibling directory', pathToFileURL('/opt/Limber/resources/app.asar/dist/preload/index.cjs').href],
    ['a directory with the same prefix', pathToFileURL(`${rendererDir}-evil/index.html`).href],
    ['the directory itself', pathToFileURL(rendererDir).href],
    ['a climb out with ..', `file://${rendererDir}/../../../../../../etc/passwd`],
    ['a climb out with encoded dots', `file://${rendererDir}/%2e%2e/%2e%2e/secret.html`],
    ['an encoded separator', `file://${rendererDir}/..%2F..%2Fsecret.html`],
    ['a file URL with a remote host', `file://evil.example${rendererDir}/index.html`],
    ['the web', 'https://evil.example/index.html'],
    ['a data URL', 'data:text/html,hi'],
    ['about:blank', 'about:blank'],
    ['nonsense', ''],
  ])('rejects %s', (_why, url) => expect(isAppPage(url, packaged)).toBe(false));

  it('trusts the dev server origin only when not packaged', () => {
    expect(isAppPage('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppPage('http://localhost:5173/index.html', { ...dev, packaged: true })).toBe(false);
    expect(isAppPage('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isAppPage('http://127.0.0.1:5173/index.html', dev)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

  it('accepts the app pages', () => {
    expect(isTrustedSender(from(page('index.html')), packaged)).toBe(true);
    expect(isTrustedSender(from(`${page('break.html')}#x`), packaged)).toBe(true);
  });

  it.each(['https://evil.example', 'https://evil.example/index.html', 'file:///etc/passwd', 'data:text/html,hi', 'about:blank'])('rejects %s', (url) => {
    expect(isTrustedSender(from(url), packaged)).toBe(false);
  });

  it('rejects a destroyed frame and a subframe, even of an app page', () => {
    expect(isTrustedSender({ senderFrame: null }, packaged)).toBe(false);
    expect(isTrustedSender({}, packaged)).toBe(false);
    expect(isTrustedSender(from(page('index.html'), { url: page('index.html') }), packaged)).toBe(false);
  });

  it('is bound to the app pages by applySecurityPolicy, and reads events as the fake ipcMain sends them', async () => {
    const { electron, policy } = setup();
    const seen: boolean[] = [];
    electron.ipcMain.handle('state:get', (event) => seen.push(policy.isTrustedSender(event as IpcMainInvokeEvent)));
    await electron.ipcMain.invoke('state:get', undefined, { url: page('index.html') });
    await electron.ipcMain.invoke('state:get', undefined, { url: 'https://evil.example/' });
    expect(seen).toEqual([true, false]);
  });

  it('trusts the dev server only in an unpackaged app', () => {
    expect(setup({ packaged: false, devServerUrl: 'http://localhost:5173' }).policy.isTrustedSender(from('http://localhost:5173/index.html'))).toBe(true);
    expect(setup({ packaged: true, devServerUrl: 'http://localhost:5173' }).policy.isTrustedSender(from('http://localhost:5173/index.html'))).toBe(false);
  });
});

describe('isSamePage', () => {
  it('treats a hash change as the same page and anything else as another', () => {
    expect(isSamePage(`${page('index.html')}#learn`, `${page('index.html')}#today`)).toBe(true);
    expect(isSamePage(page('break.html'), page('index.html'))).toBe(false);
    expect(isSamePage('https://evil.example/', '')).toBe(false);
  });
});

describe('applySecurityPolicy', () => {
  it('sets the strict CSP on every response, replacing any the response brought', () => {
    const { electron } = setup();
    const listener = electron.session.defaultSession.headersListener;
    expect(listener).not.toBeNull();
    const responses: { responseHeaders?: Record<string, string[]> }[] = [];
    listener?.({ url: page('index.html') }, (response) => responses.push(response));
    listener?.(
      { url: 'http://localhost:5173/', responseHeaders: { 'content-type': ['text/html'], 'content-security-policy': ["script-src 'unsafe-inline'"] } },
      (response) => responses.push(response),
    );
    expect(responses[0]?.responseHeaders).toEqual({ 'Content-Security-Policy': [CSP] });
    expect(responses[1]?.responseHeaders).toEqual({ 'content-type': ['text/html'], 'Content-Security-Policy': [CSP] });
  });

  it('denies every permission request and check', () => {
    const { electron } = setup();
    const session = electron.session.defaultSession;
    for (const permission of ['notifications', 'media', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const answers: boolean[] = [];
      session.permissionRequestHandler?.({}, permission, (granted) => answers.push(granted), {});
      expect(answers).toEqual([false]);
      expect(session.permissionCheckHandler?.({}, permission)).toBe(false);
    }
  });

  it('prevents navigation away from the page, and sends allowed links to the browser instead', () => {
    const { electron, contentsAt } = setup();
    const contents = contentsAt(page('index.html'));
    const tries = ['https://evil.example/', 'file:///etc/passwd', page('break.html'), 'https://www.nhs.uk/conditions/leg-cramps/'];
    for (const url of tries) {
      const event = preventable();
      contents.emit('will-navigate', event, url);
      expect(event.prevented, url).toBe(true);
    }
    expect(electron.shell.opened).toEqual(['https://www.nhs.uk/conditions/leg-cramps/']);
  });

  it('lets an in-page (hash) navigation through', () => {
    const { contentsAt } = setup();
    const contents = contentsAt(`${page('index.html')}#today`);
    const event = preventable();
    contents.emit('will-navigate', event, `${page('index.html')}#learn`);
    expect(event.prevented).toBe(false);
  });

  it('refuses to attach a <webview>', () => {
    const { contentsAt } = setup();
    const event = preventable();
    contentsAt(page('index.html')).emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.prevented).toBe(true);
  });

  it('denies every window.open, opening allowed https links externally and nothing else', () => {
    const { electron, contentsAt } = setup();
    const handler = contentsAt(page('index.html')).windowOpenHandler;
    expect(handler).not.toBeNull();
    const urls = [
      'https://pubmed.ncbi.nlm.nih.gov/12345678/',
      'http://www.nhs.uk/',
      'https://evil.example/',
      page('index.html'),
      'javascript:alert(1)',
      'about:blank',
      'https://www.mayoclinic.org/',
    ];
    for (const url of urls) expect(handler?.({ url })).toEqual({ action: 'deny' });
    expect(electron.shell.opened).toEqual(['https://pubmed.ncbi.nlm.nih.gov/12345678/', 'https://www.mayoclinic.org/']);
  });

  it('reports a browser that failed to open instead of leaving the rejection unhandled', async () => {
    const { electron, policy, errors } = setup();
    electron.shell.openExternal = () => Promise.reject(new Error('no browser'));
    expect(policy.openExternalLink('https://www.nhs.uk/')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).toEqual([new Error('no browser')]);
  });
});

// Compile-time checks: the composition root can pass the real Electron modules without casts, and
// hand the bound sender check to the IPC layer as is.
export function realElectronFits(app: App, session: { defaultSession: Session }, shell: Shell): SecurityPolicy {
  const deps: SecurityDeps = { app, session, shell, rendererDir };
  const policy = applySecurityPolicy(deps);
  const forIpc: Parameters<typeof registerIpc>[2] = policy.isTrustedSender;
  void forIpc;
  return policy;
}
