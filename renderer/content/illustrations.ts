/// <reference types="vite/client" />
/**
 * Line illustrations for stretches, resolved by Vite so `vite build` copies (or inlines) each SVG
 * and hands back a URL that works from disk. Kept apart from the data modules so those import
 * cleanly anywhere (tests, scripts) without Vite's `import.meta.glob`.
 */
const urls = import.meta.glob<string>('../../resources/illustrations/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

const byFile = new Map<string, string>(
  Object.entries(urls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);

/** The URL of an illustration file in resources/illustrations/ (e.g. "calf-wall.svg"); '' if none. */
export function illustrationUrl(file: string): string {
  return byFile.get(file) ?? '';
}
