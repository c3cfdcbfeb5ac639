/// <reference types="vite/client" />
/**
 * The stretch illustrations' SVG text, bundled by Vite. They are inlined into the page rather than
 * loaded as <img>: their paints are the page's CSS custom properties (renderer/styles/
 * illustration.css), which an SVG loaded as an image cannot see, so only inline drawings follow
 * the light and dark themes. Kept apart from the data modules so those import cleanly anywhere
 * (tests, scripts) without Vite's `import.meta.glob`.
 */
const sources = import.meta.glob<string>('../../resources/illustrations/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const byFile = new Map<string, string>(
  Object.entries(sources).map(([path, svg]) => [path.slice(path.lastIndexOf('/') + 1), svg]),
);

/** The SVG text of an illustration file in resources/illustrations/ (e.g. "calf-wall.svg"); '' if none. */
export function illustrationSvg(file: string): string {
  return byFile.get(file) ?? '';
}
