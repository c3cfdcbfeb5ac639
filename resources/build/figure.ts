/**
 * The drawing kit behind every stretch illustration: one figure with fixed proportions, a few
 * props, movement arrows and a palette of CSS custom properties. Poses (illustrations.ts) say only
 * where the joints go; sizes, stroke widths, colours and drawing order are decided here, once.
 *
 * Spec, for anyone adding a pose:
 * - viewBox 0 0 200 200, floor line at y = 184, the figure faces right (+x) in side views.
 * - Angles are absolute, in degrees: 0 points down, 90 forward (+x), 180 up, -90 back.
 * - The near side (the one the stretch is about) is drawn in `figure`, the far side in `figureFar`;
 *   every body part is cut out of what lies behind it by a rim in the card colour.
 * - The stretched muscle is a band in `stretch` (the brand colour) on its segment's side;
 *   movement arrows (`motion`) only where the exercise moves or a gentle push or pull is meant.
 * - Colours are only `var(--ill-…)`: the page defines them for light and dark
 *   (renderer/styles/illustration.css), so the SVGs are inlined into the page, not loaded as <img>.
 */

export type Pt = readonly [number, number];

/** Every paint an illustration may use; the page's stylesheet defines each for both themes. */
export const palette = {
  card: 'var(--ill-card)',
  figure: 'var(--ill-figure)',
  figureFar: 'var(--ill-figure-far)',
  stretch: 'var(--ill-stretch)',
  motion: 'var(--ill-motion)',
  prop: 'var(--ill-prop)',
  towel: 'var(--ill-towel)',
} as const;
export type Paint = keyof typeof palette;

export const VIEWBOX = '0 0 200 200';
export const FLOOR = 184;

/** The figure's proportions (about seven heads tall standing) and its stroke widths. */
export const body = {
  headRadius: 12,
  /** Shoulder joint to the centre of the head. */
  neck: 19,
  torso: 50,
  upperArm: 30,
  forearm: 27,
  hand: 10,
  thigh: 38,
  shin: 38,
  /** Heel to toe, and the ankle's height above the sole. */
  foot: 17,
  ankle: 7,
  /** Front view: half the distance between the shoulder joints and between the hip joints. */
  shoulderHalf: 19,
  hipHalf: 9,
  width: { torso: 22, neck: 10, thigh: 15, shin: 12, upperArm: 11, forearm: 10, hand: 9, foot: 8 },
  /** The card-coloured rim that separates a body part from what lies behind it. */
  rim: 5,
} as const;

/** A standing figure's hip height above the floor line. */
export const STANDING_HIP = body.thigh + body.shin + body.ankle;

const round = (n: number) => Math.round(n * 10) / 10;
const fmt = (p: Pt) => `${round(p[0])} ${round(p[1])}`;

export function dir(angle: number): Pt {
  const rad = (angle * Math.PI) / 180;
  return [Math.sin(rad), Math.cos(rad)];
}
export const add = (p: Pt, v: Pt, k = 1): Pt => [p[0] + v[0] * k, p[1] + v[1] * k];
const sub = (a: Pt, b: Pt): Pt => [a[0] - b[0], a[1] - b[1]];
const len = (v: Pt) => Math.hypot(v[0], v[1]);
const angleOf = (v: Pt) => (Math.atan2(v[0], v[1]) * 180) / Math.PI;
export const lerp = (a: Pt, b: Pt, t: number): Pt => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/**
 * Two-bone inverse kinematics: the middle joint of a limb from `root` to `target`. `bend` picks
 * which side the joint goes (1: clockwise of the root→target line on screen, -1: the other).
 */
export function solveJoint(root: Pt, target: Pt, a: number, b: number, bend: 1 | -1, what: string): Pt {
  const d = sub(target, root);
  const dist = len(d);
  if (dist > a + b + 0.5) throw new Error(`${what}: target ${fmt(target)} is ${round(dist)} from ${fmt(root)}, beyond the limb's reach of ${a + b}`);
  if (dist < Math.abs(a - b)) throw new Error(`${what}: target ${fmt(target)} is too close to ${fmt(root)} to bend to`);
  const reach = Math.min(dist, a + b);
  const along = (a * a - b * b + reach * reach) / (2 * reach);
  const h = Math.sqrt(Math.max(0, a * a - along * along));
  const u: Pt = [d[0] / dist, d[1] / dist];
  const perp: Pt = [-u[1] * bend, u[0] * bend];
  return add(add(root, u, along), perp, h);
}

/** An SVG element as text, built from attributes so every paint goes through the palette. */
export type Shape = string;

function attrs(list: Record<string, string | number>): string {
  return Object.entries(list)
    .map(([k, v]) => `${k}="${typeof v === 'number' ? round(v) : v}"`)
    .join(' ');
}

export function polyline(points: readonly Pt[], paint: Paint, width: number, extra: Record<string, string | number> = {}): Shape {
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p)}`).join(' ');
  return `<path ${attrs({ d, stroke: palette[paint], 'stroke-width': width, ...extra })}/>`;
}

export function disc(center: Pt, r: number, paint: Paint): Shape {
  return `<circle ${attrs({ cx: center[0], cy: center[1], r, fill: palette[paint] })}/>`;
}

function filledPath(d: string, paint: Paint): Shape {
  return `<path ${attrs({ d, fill: palette[paint] })}/>`;
}

/** A limb segment or the torso: the body is built from capsules. */
export interface Segment {
  name: string;
  from: Pt;
  to: Pt;
  width: number;
  /** Which side is the segment's front: +1 for limbs that hang down, -1 for the torso and neck. */
  frontSign: 1 | -1;
}

/** The stretched muscle: a stretch of a segment between two fractions of its length, on a side. */
export interface Highlight {
  segment: string;
  from: number;
  to: number;
  side?: 'front' | 'back' | 'middle';
}

/** A chain of segments drawn as one piece: one rim around the whole chain, then the fill. */
export interface Part {
  segments: Segment[];
  paint: 'figure' | 'figureFar';
  /** A disc drawn with the part (the head). */
  head?: { center: Pt; r: number };
}

export function drawParts(parts: Part[], highlights: Highlight[]): Shape[] {
  const out: Shape[] = [];
  for (const part of parts) {
    for (const s of part.segments) out.push(polyline([s.from, s.to], 'card', s.width + 2 * body.rim));
    if (part.head) out.push(disc(part.head.center, part.head.r + body.rim, 'card'));
    for (const s of part.segments) out.push(polyline([s.from, s.to], part.paint, s.width));
    if (part.head) out.push(disc(part.head.center, part.head.r, part.paint));
    for (const s of part.segments) {
      for (const h of highlights.filter((x) => x.segment === s.name)) out.push(highlightBand(s, h));
    }
  }
  const named = new Set(parts.flatMap((p) => p.segments.map((s) => s.name)));
  for (const h of highlights) if (!named.has(h.segment)) throw new Error(`highlight on "${h.segment}", which this figure does not have (${[...named].join(', ')})`);
  return out;
}

function highlightBand(s: Segment, h: Highlight): Shape {
  const v = sub(s.to, s.from);
  const angle = angleOf(v);
  const front = dir(angle + 90 * s.frontSign);
  const side = h.side ?? 'middle';
  const width = side === 'middle' ? s.width * 0.62 : s.width * 0.56;
  const offset = side === 'middle' ? 0 : (side === 'front' ? 1 : -1) * (s.width / 2 - width / 2);
  // Round caps grow the band by half its width at each end; keep it inside the segment.
  const inset = width / 2 / len(v);
  const from = add(lerp(s.from, s.to, Math.max(h.from, inset * 0.4)), front, offset);
  const to = add(lerp(s.from, s.to, Math.min(h.to, 1 - inset * 0.4)), front, offset);
  return polyline([from, to], 'stretch', width);
}

/* ---------------------------------------------------------------- side view */

/** A limb given by absolute angles, or by where its end goes (with the side the joint bends to). */
export type LimbSpec = { angles: readonly [number, number] } | { to: Pt; bend: 1 | -1 };

export interface SidePose {
  /** The hip joint. */
  hip: Pt;
  /** Direction from hip to shoulder (180: upright). */
  torso: number;
  /** Direction from shoulder to the head's centre; defaults to the torso's. */
  head?: number;
  legNear: LimbSpec;
  legFar: LimbSpec;
  armNear: LimbSpec;
  armFar: LimbSpec;
  /** Direction from the ankle to the toes (90: flat on the floor). */
  footNear?: number;
  footFar?: number;
  /** Direction from the wrist along the hand; defaults to the forearm's. */
  handNear?: number;
  handFar?: number;
  highlights?: Highlight[];
  /** The near leg tucked under the torso (kneeling folded forward): drawn before the torso. */
  legsUnderTorso?: boolean;
  /**
   * How far the far shoulder reaches forward of the near one, along the facing direction: a torso
   * turned towards a hand the far arm has to reach (in profile both shoulders are otherwise one point).
   */
  farShoulderForward?: number;
}

export interface Joints {
  hip: Pt;
  shoulder: Pt;
  shoulderFar: Pt;
  head: Pt;
  kneeNear: Pt;
  ankleNear: Pt;
  kneeFar: Pt;
  ankleFar: Pt;
  elbowNear: Pt;
  wristNear: Pt;
  elbowFar: Pt;
  wristFar: Pt;
  handNear: Pt;
  handFar: Pt;
  toeNear: Pt;
  toeFar: Pt;
}

function limb(root: Pt, spec: LimbSpec, a: number, b: number, what: string): [Pt, Pt] {
  if ('angles' in spec) {
    const mid = add(root, dir(spec.angles[0]), a);
    return [mid, add(mid, dir(spec.angles[1]), b)];
  }
  return [solveJoint(root, spec.to, a, b, spec.bend, what), spec.to];
}

/** Where every joint of a side-view pose is. */
export function sideJoints(pose: SidePose): Joints {
  const shoulder = add(pose.hip, dir(pose.torso), body.torso);
  const head = add(shoulder, dir(pose.head ?? pose.torso), body.neck);
  const [kneeNear, ankleNear] = limb(pose.hip, pose.legNear, body.thigh, body.shin, 'near leg');
  const [kneeFar, ankleFar] = limb(pose.hip, pose.legFar, body.thigh, body.shin, 'far leg');
  const [elbowNear, wristNear] = limb(shoulder, pose.armNear, body.upperArm, body.forearm, 'near arm');
  const shoulderFar = add(shoulder, [1, 0], pose.farShoulderForward ?? 0);
  const [elbowFar, wristFar] = limb(shoulderFar, pose.armFar, body.upperArm, body.forearm, 'far arm');
  const hand = (elbow: Pt, wrist: Pt, angle: number | undefined) => add(wrist, dir(angle ?? angleOf(sub(wrist, elbow))), body.hand);
  const toe = (ankle: Pt, angle: number | undefined) => add(ankle, dir(angle ?? 90), body.foot - 5);
  return {
    hip: pose.hip,
    shoulder,
    shoulderFar,
    head,
    kneeNear,
    ankleNear,
    kneeFar,
    ankleFar,
    elbowNear,
    wristNear,
    elbowFar,
    wristFar,
    handNear: hand(elbowNear, wristNear, pose.handNear),
    handFar: hand(elbowFar, wristFar, pose.handFar),
    toeNear: toe(ankleNear, pose.footNear),
    toeFar: toe(ankleFar, pose.footFar),
  };
}

function footSegment(name: string, ankle: Pt, angle: number): Segment {
  // The sole sits a little below the ankle joint and the heel a little behind it.
  const sole = add(ankle, dir(angle - 90), 3);
  return { name, from: add(sole, dir(angle), -4), to: add(sole, dir(angle), body.foot - 5), width: body.width.foot, frontSign: 1 };
}

function legSegments(side: 'Near' | 'Far', hip: Pt, knee: Pt, ankle: Pt, foot: number): Segment[] {
  return [
    { name: `thigh${side}`, from: hip, to: knee, width: body.width.thigh, frontSign: 1 },
    { name: `shin${side}`, from: knee, to: ankle, width: body.width.shin, frontSign: 1 },
    footSegment(`foot${side}`, ankle, foot),
  ];
}

function armSegments(side: 'Near' | 'Far', shoulder: Pt, elbow: Pt, wrist: Pt, hand: Pt): Segment[] {
  return [
    { name: `upperArm${side}`, from: shoulder, to: elbow, width: body.width.upperArm, frontSign: 1 },
    { name: `forearm${side}`, from: elbow, to: wrist, width: body.width.forearm, frontSign: 1 },
    { name: `hand${side}`, from: wrist, to: hand, width: body.width.hand, frontSign: 1 },
  ];
}

/** The figure in profile, drawn far arm, far leg, torso and head, near leg, near arm. */
export function sideFigure(pose: SidePose): Shape[] {
  const j = sideJoints(pose);
  const trunk: Segment[] = [
    { name: 'torso', from: j.hip, to: j.shoulder, width: body.width.torso, frontSign: -1 },
    { name: 'neck', from: j.shoulder, to: j.head, width: body.width.neck, frontSign: -1 },
  ];
  const torso: Part = { segments: trunk, paint: 'figure', head: { center: j.head, r: body.headRadius } };
  const legNear: Part = { segments: legSegments('Near', j.hip, j.kneeNear, j.ankleNear, pose.footNear ?? 90), paint: 'figure' };
  return drawParts(
    [
      { segments: armSegments('Far', j.shoulderFar, j.elbowFar, j.wristFar, j.handFar), paint: 'figureFar' },
      { segments: legSegments('Far', j.hip, j.kneeFar, j.ankleFar, pose.footFar ?? 90), paint: 'figureFar' },
      ...(pose.legsUnderTorso ? [legNear, torso] : [torso, legNear]),
      { segments: armSegments('Near', j.shoulder, j.elbowNear, j.wristNear, j.handNear), paint: 'figure' },
    ],
    pose.highlights ?? [],
  );
}

/* --------------------------------------------------------------- front view */

export interface FrontPose {
  /** Midpoint between the hip joints. */
  pelvis: Pt;
  /** Head tilt from upright (positive: towards the viewer's right). */
  headTilt?: number;
  /** The figure's right arm (on the viewer's left) and left arm. */
  armRight: LimbSpec;
  armLeft: LimbSpec;
  handRight?: number;
  handLeft?: number;
  /** Which arm is drawn last (in front of the body). */
  front?: 'right' | 'left';
  highlights?: Highlight[];
}

/** The figure facing the viewer, standing. */
export function frontFigure(pose: FrontPose): Shape[] {
  const [px, py] = pose.pelvis;
  const shoulderY = py - body.torso;
  const shoulderR: Pt = [px - body.shoulderHalf, shoulderY];
  const shoulderL: Pt = [px + body.shoulderHalf, shoulderY];
  const neckBase: Pt = [px, shoulderY - 2];
  const head = add(neckBase, dir(180 - (pose.headTilt ?? 0)), body.neck);
  const legs = ([-1, 1] as const).map((s) => {
    const hip: Pt = [px + s * body.hipHalf, py];
    const ankle: Pt = [px + s * (body.hipHalf + 3), FLOOR - body.ankle];
    const knee = lerp(hip, ankle, 0.5);
    const side = s < 0 ? 'Right' : 'Left';
    return [
      { name: `thigh${side}`, from: hip, to: knee, width: body.width.thigh, frontSign: 1 as const },
      { name: `shin${side}`, from: knee, to: ankle, width: body.width.shin, frontSign: 1 as const },
      { name: `foot${side}`, from: add(ankle, [s * -2, 3]), to: add(ankle, [s * 7, 4]), width: body.width.foot, frontSign: 1 as const },
    ];
  });
  const arm = (side: 'Right' | 'Left', shoulder: Pt, spec: LimbSpec, handAngle: number | undefined): Segment[] => {
    const [elbow, wrist] = limb(shoulder, spec, body.upperArm, body.forearm, `${side.toLowerCase()} arm`);
    const hand = add(wrist, dir(handAngle ?? angleOf(sub(wrist, elbow))), body.hand);
    return armSegments(side === 'Right' ? 'Near' : 'Far', shoulder, elbow, wrist, hand).map((s) => ({ ...s, name: s.name.replace(/Near|Far/, side) }));
  };
  // The torso narrows from the shoulders to the hips: drawn as a hull of two capsules.
  const chest: Segment = { name: 'chest', from: [px - body.shoulderHalf + 6, shoulderY + 2], to: [px + body.shoulderHalf - 6, shoulderY + 2], width: body.width.torso - 4, frontSign: 1 };
  const torso: Segment = { name: 'torso', from: [px, py - 4], to: [px, shoulderY + 8], width: body.width.torso + 4, frontSign: -1 };
  const trunk: Part = {
    segments: [...(legs[0] ?? []), ...(legs[1] ?? []), torso, chest, { name: 'neck', from: neckBase, to: head, width: body.width.neck, frontSign: -1 }],
    paint: 'figure',
    head: { center: head, r: body.headRadius },
  };
  const right: Part = { segments: arm('Right', shoulderR, pose.armRight, pose.handRight), paint: 'figure' };
  const left: Part = { segments: arm('Left', shoulderL, pose.armLeft, pose.handLeft), paint: 'figure' };
  const order = pose.front === 'left' ? [right, trunk, left] : pose.front === 'right' ? [left, trunk, right] : [trunk, right, left];
  return drawParts(order, pose.highlights ?? []);
}

/** A shape in the stretch colour that is not a segment band (e.g. a muscle across two segments). */
export function stretchBand(points: readonly Pt[], width: number): Shape {
  return polyline(points, 'stretch', width);
}

/* -------------------------------------------------------------------- props */

const PROP = 5;

export function floor(from = 10, to = 190): Shape {
  return polyline([[from, FLOOR + 2], [to, FLOOR + 2]], 'prop', 4);
}

/** A wall whose face is at x, reaching up to `top`; `side` is where the wall's body lies. */
export function wall(x: number, side: 'left' | 'right', top = 28): Shape {
  const depth = 12;
  const x0 = side === 'right' ? x : x - depth;
  return filledPath(`M${round(x0)} ${top} h${depth} V${FLOOR + 4} h${-depth} Z`, 'prop');
}

/** A chair in profile: `backAt` is the x of its back post, `facing` the way a sitter would face. */
export function chair(backAt: number, facing: 'left' | 'right', seatY = 139): Shape[] {
  const s = facing === 'right' ? 1 : -1;
  const front = backAt + s * 40;
  return [
    polyline([[backAt, FLOOR + 2], [backAt, seatY - 48]], 'prop', PROP),
    polyline([[backAt, seatY], [front, seatY]], 'prop', PROP + 1),
    polyline([[front, seatY], [front, FLOOR + 2]], 'prop', PROP),
  ];
}

/** A low step or box in front of the figure. */
export function step(x0: number, x1: number, height: number): Shape {
  return filledPath(`M${x0} ${FLOOR + 2 - height} H${x1} V${FLOOR + 2} H${x0} Z`, 'prop');
}

/** A desk or table in profile with its top at `topY`, spanning x0…x1. */
export function desk(x0: number, x1: number, topY: number): Shape[] {
  return [
    polyline([[x0, topY], [x1, topY]], 'prop', PROP + 2),
    polyline([[x0 + 8, topY], [x0 + 8, FLOOR + 2]], 'prop', PROP),
    polyline([[x1 - 6, topY], [x1 - 6, FLOOR + 2]], 'prop', PROP),
  ];
}

/** A towel or strap: a band through the given points. */
export function towel(points: readonly Pt[]): Shape {
  return polyline(points, 'towel', 6);
}

/* ------------------------------------------------------------------- arrows */

function arrowHead(tip: Pt, angle: number): Shape {
  const back = dir(angle + 180);
  const base = add(tip, back, 11);
  const l = add(base, dir(angle + 90), 6);
  const r = add(base, dir(angle - 90), 6);
  return filledPath(`M${fmt(tip)} L${fmt(l)} L${fmt(r)} Z`, 'motion');
}

/**
 * A movement arrow from `from` to `to`, bowed by `bow` (a control point offset, perpendicular to
 * the chord; 0: straight); `both` puts a head at each end (a movement back and forth).
 */
export function arrow(from: Pt, to: Pt, options: { bow?: number; both?: boolean } = {}): Shape[] {
  const chord = sub(to, from);
  const mid = lerp(from, to, 0.5);
  const normal = dir(angleOf(chord) + 90);
  const ctrl = add(mid, normal, options.bow ?? 0);
  const endAngle = angleOf(sub(to, ctrl));
  const startAngle = angleOf(sub(from, ctrl));
  // The shaft stops short of the tip so its round cap does not poke through the head.
  const shaftEnd = add(to, dir(endAngle), -8);
  const shaftStart = options.both ? add(from, dir(startAngle), -8) : from;
  const shapes: Shape[] = [`<path ${attrs({ d: `M${fmt(shaftStart)} Q${fmt(ctrl)} ${fmt(shaftEnd)}`, stroke: palette.motion, 'stroke-width': 4 })}/>`, arrowHead(to, endAngle)];
  if (options.both) shapes.push(arrowHead(from, startAngle));
  return shapes;
}

/** A circular arrow around `center`, from angle `start` sweeping `sweep` degrees (positive: clockwise on screen). */
export function circleArrow(center: Pt, radius: number, start: number, sweep: number): Shape[] {
  const at = (a: number) => add(center, dir(a), radius);
  const from = at(start);
  const to = at(start - sweep + Math.sign(sweep) * 14);
  const large = Math.abs(sweep) > 180 ? 1 : 0;
  const clockwise = sweep > 0 ? 1 : 0;
  const tip = at(start - sweep);
  const tangent = angleOf(sub(tip, to));
  return [
    `<path ${attrs({ d: `M${fmt(from)} A${radius} ${radius} 0 ${large} ${clockwise} ${fmt(to)}`, stroke: palette.motion, 'stroke-width': 4 })}/>`,
    arrowHead(tip, tangent),
  ];
}

/* -------------------------------------------------------------------- files */

export interface Illustration {
  /** The English name kept in the file; the app replaces it with the stretch's translated alt text. */
  title: string;
  shapes: Shape[];
}

export function toSvg(ill: Illustration): string {
  const escaped = ill.title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${VIEWBOX}" width="200" height="200" role="img" fill="none" stroke-linecap="round" stroke-linejoin="round">`,
    `  <title>${escaped}</title>`,
    ...ill.shapes.map((s) => `  ${s}`),
    '</svg>',
    '',
  ].join('\n');
}
