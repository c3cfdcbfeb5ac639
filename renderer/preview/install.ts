/**
 * The preview entry: Vite puts it before each page's own script in preview builds only
 * (vite.config.ts, mode "preview"), so `window.limber` exists before the page looks for it.
 * The production build never sees this directory.
 */
import './zodConfig.ts';
import { setWallClockSource } from '../wallClock.ts';
import { parsePreviewOptions } from './options.ts';
import { PreviewBridge } from './previewBridge.ts';

/** Marks preview code, so the build test can prove the production bundle holds none of it. */
export const PREVIEW_MARKER = 'limber-preview-bridge';

const options = parsePreviewOptions(location.search, Intl.DateTimeFormat().resolvedOptions().timeZone);
const previewBridge = new PreviewBridge(options, Date.now());
setWallClockSource(() => previewBridge.clock.wallNow(), options.speed);
Object.defineProperty(window, 'limber', { value: previewBridge, enumerable: true });
// For the UI tests: whether main would have the break window open, and a way to let time pass.
Object.defineProperty(window, 'limberBreakWindow', { value: previewBridge.breakWindow });
Object.defineProperty(window, 'limberPreview', { value: { forward: (ms: number) => previewBridge.forward(ms) } });
console.info(`${PREVIEW_MARKER}: simulated engine at ${options.speed}× speed`);
