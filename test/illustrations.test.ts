import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { palette, solveJoint, VIEWBOX } from '../resources/build/figure.js';
import { drawIllustration, illustrationFiles, illustrationsDir } from '../resources/build/illustrations.js';
import { labelIllustration } from '../renderer/components/illustrationLabel.js';
import { stretches } from '../renderer/content/stretches.js';

/** Parses an SVG with a small, strict tag checker: every tag closes in order, one root <svg>. */
function parseSvg(text: string): { root: string; tags: string[] } {
  const body = text.replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '').trim();
  const stack: string[] = [];
  const tags: string[] = [];
  let root = '';
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const between = body.slice(last, m.index);
    if (between.includes('<') || between.includes('>')) throw new Error(`Malformed markup near "${between.slice(0, 40)}"`);
    last = tag.lastIndex;
    const [, closing, name = '', , selfClosing] = m;
    if (closing) {
      if (stack.pop() !== name) throw new Error(`Unbalanced </${name}>`);
      continue;
    }
    if (!root) root = name;
    else if (stack.length === 0) throw new Error('More than one root element');
    tags.push(name);
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) throw new Error(`Unclosed <${stack.join('>, <')}>`);
  if (body.slice(last).trim()) throw new Error('Text after the root element');
  return { root, tags };
}

const committed = (file: string) => readFileSync(join(illustrationsDir, file), 'utf8');
const stylesheet = readFileSync(new URL('../renderer/styles/illustration.css', import.meta.url), 'utf8');
const paints = new Set<string>(Object.values(palette));

describe('committed illustrations match their poses (run `npm run illustrations` after editing resources/build)', () => {
  it.each(illustrationFiles)('%s is up to date', (file) => {
    expect(committed(file), `${file} is stale: run npm run illustrations`).toBe(drawIllustration(file));
  });

  it('draws exactly the illustrations the stretches name, with no strays', () => {
    expect(readdirSync(illustrationsDir).filter((f) => f.endsWith('.svg')).sort()).toEqual(illustrationFiles);
    expect([...new Set(stretches.map((s) => s.illustration))].sort()).toEqual(illustrationFiles);
  });
});

describe.each(illustrationFiles)('%s', (file) => {
  const svg = committed(file);
  const parsed = parseSvg(svg);

  it('is well formed, shares the viewBox and starts with a title', () => {
    expect(parsed.root).toBe('svg');
    expect(/<svg\b[^>]*>/.exec(svg)?.[0]).toContain(`viewBox="${VIEWBOX}"`);
    expect(parsed.tags[1], 'a <title> first inside <svg>').toBe('title');
    expect(svg).toMatch(/<title>[^<\s][^<]*<\/title>/);
  });

  it('paints only with the palette’s CSS custom properties', () => {
    const colours = [...svg.matchAll(/\s(fill|stroke|color|stop-color)="([^"]*)"/g)].map((m) => m[2] ?? '');
    expect(colours.length).toBeGreaterThan(0);
    for (const colour of colours) expect(colour === 'none' || paints.has(colour), `paint "${colour}"`).toBe(true);
    expect(svg).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|style=/i);
  });

  it('is plain drawing: no scripts, event handlers, links, text, images or styles (it is inlined into the page)', () => {
    for (const tag of parsed.tags.slice(2)) expect(['path', 'circle'], tag).toContain(tag);
    expect(svg).not.toMatch(/\son[a-z]+=|href=/i);
  });

  it('highlights the stretched muscle, with a movement arrow when the stretch moves', () => {
    expect(svg).toContain(palette.stretch);
    const moving = stretches.filter((s) => s.illustration === file).some((s) => s.kind === 'dynamic');
    if (moving) expect(svg, 'a dynamic stretch shows its movement').toContain(palette.motion);
  });
});

describe('the palette', () => {
  const [light = '', dark = ''] = stylesheet.split('@media (prefers-color-scheme: dark)');
  it.each(Object.values(palette).map((p) => p.slice(4, -1)))('%s is defined for light and dark', (name) => {
    expect(light, `${name} in the light theme`).toMatch(new RegExp(`${name}:\\s*[^;]+;`));
    // The card takes the page's own inset colour, which base.css already switches for dark.
    if (name !== '--ill-card') expect(dark, `${name} in the dark theme`).toMatch(new RegExp(`${name}:\\s*[^;]+;`));
  });
});

describe('labelling for screen readers', () => {
  const svg = committed('calf-wall.svg');

  it('names the drawing with the alt text the app gives it, in the person’s language', () => {
    const labelled = labelIllustration(svg, 'Eine Person lehnt an einer Wand & dehnt <die> Wade');
    expect(labelled).toContain('<title>Eine Person lehnt an einer Wand &amp; dehnt &lt;die&gt; Wade</title>');
    expect(labelled).toMatch(/<svg[^>]*role="img"/);
    expect(labelled.match(/<title>/g)).toHaveLength(1);
  });

  it('hides a drawing whose text beside it says it all, leaving no English title behind', () => {
    const hidden = labelIllustration(svg, '');
    expect(hidden).toMatch(/<svg[^>]*aria-hidden="true"/);
    expect(hidden).not.toMatch(/role="img"|<title>/);
  });

  it('refuses markup that is not an illustration', () => {
    expect(() => labelIllustration('<div/>', 'x')).toThrow(/<svg> root with a <title>/);
  });
});

describe('the figure kit', () => {
  it('bends a limb to reach a target and names the limb it cannot stretch that far', () => {
    const knee = solveJoint([0, 0], [0, 60], 38, 38, -1, 'near leg');
    expect(Math.hypot(knee[0], knee[1])).toBeCloseTo(38, 5);
    expect(Math.hypot(knee[0], knee[1] - 60)).toBeCloseTo(38, 5);
    expect(knee[0], 'bend -1 puts a downward limb’s joint forward').toBeGreaterThan(0);
    expect(() => solveJoint([0, 0], [0, 100], 38, 38, 1, 'near leg')).toThrow(/near leg: target 0 100 is 100 from 0 0, beyond the limb's reach of 76/);
  });
});
