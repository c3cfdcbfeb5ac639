/**
 * Draws the stretch illustrations in resources/illustrations/ from the kit in figure.ts.
 *
 *   npm run illustrations
 *
 * The SVGs are committed; test/illustrations.test.ts fails when one is missing, stale or stray.
 * Each pose follows its stretch's alt text in renderer/content/stretches.ts, which says what the
 * picture must show.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  add,
  arrow,
  body,
  chair,
  circleArrow,
  desk,
  dir,
  disc,
  FLOOR,
  floor,
  frontFigure,
  type Illustration,
  polyline,
  type Pt,
  sideFigure,
  sideJoints,
  type SidePose,
  STANDING_HIP,
  step,
  stretchBand,
  toSvg,
  towel,
  wall,
} from './figure.ts';

export const illustrationsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../illustrations');

const GROUND = FLOOR - body.ankle;
const STAND = FLOOR - STANDING_HIP;
const upright = 180;

/** Arms hanging relaxed at the sides. */
const armsDown = { armNear: { angles: [8, 20] }, armFar: { angles: [-4, 6] } } as const;

function pose(title: string, props: string[], p: SidePose, extra: string[] = []): Illustration {
  return { title, shapes: [...props, ...sideFigure(p), ...extra] };
}

const illustrations: Record<string, () => Illustration> = {
  'calf-wall.svg': () =>
    pose('Wall calf stretch', [floor(), wall(170, 'right')], {
      hip: [96, 112],
      torso: 152,
      legNear: { to: [58, GROUND], bend: 1 },
      legFar: { to: [126, GROUND], bend: -1 },
      armNear: { to: [164, 66], bend: 1 },
      armFar: { to: [164, 60], bend: 1 },
      handNear: 160,
      handFar: 160,
      highlights: [{ segment: 'shinNear', from: 0.08, to: 0.62, side: 'back' }],
    }),

  'soleus-bent-knee.svg': () =>
    pose('Bent-knee calf stretch', [floor(), wall(170, 'right')], {
      hip: [112, 117],
      torso: 168,
      legNear: { to: [94, GROUND], bend: -1 },
      legFar: { to: [136, GROUND], bend: -1 },
      armNear: { to: [164, 74], bend: 1 },
      armFar: { to: [164, 68], bend: 1 },
      handNear: 160,
      handFar: 160,
      highlights: [{ segment: 'shinNear', from: 0.45, to: 0.95, side: 'back' }],
    }),

  'towel-calf.svg': () => {
    const p: SidePose = {
      hip: [52, FLOOR - 11],
      torso: 188,
      legNear: { angles: [90, 90] },
      legFar: { angles: [90, 90] },
      footNear: 196,
      footFar: 186,
      armNear: { to: [98, 142], bend: -1 },
      armFar: { to: [95, 139], bend: -1 },
      highlights: [
        { segment: 'shinNear', from: 0.05, to: 0.75, side: 'back' },
        { segment: 'footNear', from: 0, to: 1, side: 'middle' },
      ],
    };
    const j = sideJoints(p);
    const loop: Pt = [j.toeNear[0] + 8, j.toeNear[1] + 2];
    return pose('Towel calf stretch', [floor()], p, [
      towel([j.handFar, [loop[0], loop[1] - 6], loop, j.handNear]),
      ...arrow([130, 118], [104, 118]),
    ]);
  },

  'toe-wall.svg': () =>
    pose('Wall toe stretch', [floor(), wall(172, 'right')], {
      hip: [136, STAND + 3],
      torso: 176,
      legNear: { to: [156, GROUND], bend: -1 },
      legFar: { to: [117, GROUND], bend: -1 },
      footNear: 150,
      armNear: { to: [166, 72], bend: 1 },
      armFar: { to: [166, 66], bend: 1 },
      handNear: 165,
      handFar: 165,
      highlights: [
        { segment: 'footNear', from: 0, to: 1, side: 'middle' },
        { segment: 'shinNear', from: 0.15, to: 0.6, side: 'back' },
      ],
    }),

  'heel-raises.svg': () =>
    pose('Heel raises', [floor(), ...chair(146, 'right')], {
      hip: [114, STAND - 11],
      torso: upright,
      legNear: { angles: [4, 2] },
      legFar: { angles: [-2, 0] },
      footNear: 52,
      footFar: 52,
      armNear: { to: [138, 91], bend: 1 },
      armFar: { to: [136, 89], bend: 1 },
      handNear: 100,
      handFar: 100,
      highlights: [{ segment: 'shinNear', from: 0.08, to: 0.62, side: 'back' }],
    }, arrow([88, 178], [88, 140])),

  'ankle-circles.svg': () => {
    const p: SidePose = {
      hip: [78, 131],
      torso: 176,
      legNear: { angles: [96, 55] },
      legFar: { angles: [90, 0] },
      footNear: 120,
      armNear: { to: [108, 124], bend: -1 },
      armFar: { to: [104, 122], bend: -1 },
      handNear: 100,
      handFar: 100,
      highlights: [
        { segment: 'footNear', from: 0, to: 1, side: 'middle' },
        { segment: 'shinNear', from: 0.4, to: 1, side: 'middle' },
      ],
    };
    const j = sideJoints(p);
    return pose('Ankle circles', [floor(), ...chair(52, 'right')], p, circleArrow([j.toeNear[0] + 2, j.toeNear[1] - 2], 17, 150, 290));
  },

  'hamstring-step.svg': () =>
    pose('Hamstring stretch on a step', [floor(), step(132, 182, 32)], {
      hip: [98, STAND + 1],
      torso: 138,
      head: 130,
      legNear: { angles: [52, 52] },
      legFar: { to: [94, GROUND], bend: -1 },
      footNear: 168,
      armNear: { to: [134, 116], bend: 1 },
      armFar: { to: [131, 113], bend: 1 },
      handNear: 40,
      handFar: 40,
      highlights: [{ segment: 'thighNear', from: 0.12, to: 0.9, side: 'back' }],
    }),

  'hamstring-seated.svg': () =>
    pose('Seated hamstring stretch', [floor(), ...chair(48, 'right')], {
      hip: [86, 132],
      torso: 142,
      head: 134,
      legNear: { to: [146, GROUND], bend: 1 },
      legFar: { angles: [88, 4] },
      footNear: 168,
      armNear: { to: [130, 146], bend: 1 },
      armFar: { to: [126, 142], bend: 1 },
      highlights: [{ segment: 'thighNear', from: 0.1, to: 0.9, side: 'back' }],
    }),

  'quad-standing.svg': () => {
    const p: SidePose = {
      hip: [100, STAND],
      torso: upright,
      legNear: { angles: [-10, -150] },
      legFar: { angles: [0, 0] },
      footNear: 180,
      armNear: { to: [0, 0], bend: 1 },
      armFar: { to: [136, 92], bend: 1 },
      handFar: 100,
      highlights: [{ segment: 'thighNear', from: 0.1, to: 0.9, side: 'front' }],
    };
    const j = sideJoints({ ...p, armNear: { angles: [0, 0] } });
    return pose('Standing thigh stretch', [floor(), ...chair(146, 'right')], { ...p, armNear: { to: [j.ankleNear[0] + 3, j.ankleNear[1] - 6], bend: 1 }, handNear: -160 });
  },

  'hip-flexor-kneel.svg': () =>
    pose('Kneeling hip flexor stretch', [floor()], {
      hip: [96, FLOOR - body.thigh - 9],
      torso: 184,
      legNear: { angles: [-18, -90] },
      legFar: { angles: [88, 0] },
      footNear: -96,
      armNear: { to: [128, 132], bend: 1 },
      armFar: { to: [126, 128], bend: 1 },
      highlights: [
        { segment: 'thighNear', from: 0, to: 0.8, side: 'front' },
      ],
    }, arrow([70, 118], [94, 118])),

  'knee-hug.svg': () => {
    const p: SidePose = {
      hip: [108, FLOOR - 11],
      torso: -90,
      head: -90,
      legNear: { angles: [-128, 96] },
      legFar: { angles: [90, 90] },
      footNear: 160,
      footFar: 178,
      armNear: { to: [0, 0], bend: 1 },
      armFar: { to: [0, 0], bend: 1 },
      highlights: [
        { segment: 'torso', from: 0, to: 0.4, side: 'back' },
        { segment: 'thighNear', from: 0, to: 0.45, side: 'back' },
      ],
    };
    const j = sideJoints({ ...p, armNear: { angles: [0, 0] }, armFar: { angles: [0, 0] } });
    const grip = add(j.kneeNear, dir(96), 10);
    return pose('Lying knee hug', [floor()], { ...p, armNear: { to: grip, bend: -1 }, armFar: { to: add(grip, [-2, 3]), bend: -1 }, handNear: 20, handFar: 20 }, arrow([140, 118], [112, 112], { bow: 6 }));
  },

  'childs-pose.svg': () =>
    pose('Child’s pose', [floor()], {
      hip: [66, 146],
      torso: 86,
      head: 12,
      legNear: { angles: [35, -90] },
      legFar: { angles: [35, -90] },
      footNear: -92,
      footFar: -92,
      legsUnderTorso: true,
      armNear: { to: [166, FLOOR - 8], bend: -1 },
      armFar: { to: [162, FLOOR - 8], bend: -1 },
      handNear: 90,
      handFar: 90,
      highlights: [{ segment: 'torso', from: 0.05, to: 0.6, side: 'back' }],
    }),

  'wrist-flexor.svg': () =>
    pose('Desk wrist stretch', [floor(), ...desk(124, 192, 106)], {
      hip: [94, STAND],
      torso: 172,
      legNear: { angles: [2, 0] },
      legFar: { angles: [-2, 0] },
      armNear: { to: [130, 100], bend: 1 },
      armFar: { to: [127, 99], bend: 1 },
      handNear: -90,
      handFar: -90,
      highlights: [{ segment: 'forearmNear', from: 0.05, to: 0.95, side: 'front' }],
    }),

  'wrist-extensor.svg': () => {
    const p: SidePose = {
      hip: [74, STAND],
      torso: upright,
      legNear: { angles: [2, 0] },
      legFar: { angles: [-2, 0] },
      armNear: { angles: [92, 92] },
      handNear: 4,
      armFar: { to: [0, 0], bend: 1 },
      highlights: [{ segment: 'forearmNear', from: 0, to: 1, side: 'middle' }],
    };
    const j = sideJoints({ ...p, armFar: { angles: [0, 0] } });
    const press: Pt = [j.handNear[0] + 5, j.handNear[1] + 6];
    return pose('Wrist extensor stretch', [floor()], { ...p, armFar: { to: press, bend: 1 }, handFar: 170, farShoulderForward: 12 }, arrow([164, 62], [146, 60], { bow: -4 }));
  },

  'finger-fan.svg': () => ({ title: 'Finger fan', shapes: openHand() }),

  'neck-side.svg': () => ({
    title: 'Neck side stretch',
    shapes: [
      floor(),
      ...frontFigure({
        pelvis: [100, STAND],
        headTilt: -28,
        armRight: { angles: [-12, -4] },
        armLeft: { angles: [12, 4] },
        highlights: [{ segment: 'neck', from: 0, to: 1, side: 'back' }],
      }),
      stretchBand([[103, STAND - body.torso - 2], [114, STAND - body.torso + 1]], 7),
      ...arrow([112, 10], [74, 26], { bow: -10 }),
    ],
  }),

  'shoulder-cross.svg': () => ({
    title: 'Cross-body shoulder stretch',
    shapes: [
      floor(),
      ...frontFigure({
        pelvis: [100, STAND],
        armRight: { to: [136, 64], bend: -1 },
        handRight: 94,
        armLeft: { to: [112, 66], bend: -1 },
        handLeft: -150,
        highlights: [{ segment: 'upperArmRight', from: 0, to: 0.55, side: 'middle' }],
      }),
    ],
  }),

  'shoulder-rolls.svg': () => {
    const p: SidePose = {
      hip: [96, STAND],
      torso: upright,
      legNear: { angles: [1, 0] },
      legFar: { angles: [-1, 0] },
      ...armsDown,
      highlights: [{ segment: 'torso', from: 0.5, to: 1, side: 'back' }],
    };
    const j = sideJoints(p);
    return pose(
      'Shoulder rolls',
      [floor()],
      { ...p, highlights: [...(p.highlights ?? []), { segment: 'upperArmNear', from: 0, to: 0.5, side: 'middle' }] },
      circleArrow(add(j.shoulder, [-2, 6]), 18, 60, -300),
    );
  },

  'marching.svg': () =>
    pose('Marching on the spot', [floor()], {
      hip: [94, STAND],
      torso: upright,
      legNear: { angles: [90, 2] },
      legFar: { angles: [0, 0] },
      footNear: 80,
      armNear: { angles: [-35, -10] },
      armFar: { angles: [30, 100] },
      highlights: [{ segment: 'thighNear', from: 0, to: 0.7, side: 'front' }],
    }, arrow([150, 148], [150, 110], { both: true })),

  'leg-swings.svg': () =>
    pose('Leg swings', [floor()], {
      hip: [90, STAND],
      torso: upright,
      legNear: { angles: [42, 42] },
      legFar: { angles: [0, 0] },
      footNear: 120,
      armNear: { angles: [-20, 30] },
      armFar: { angles: [20, 50] },
      highlights: [{ segment: 'thighNear', from: 0.05, to: 0.9, side: 'middle' }],
    }, arrow([60, 172], [152, 150], { bow: -34, both: true })),

  'walking-lunges.svg': () =>
    pose('Walking lunges', [floor()], {
      hip: [96, GROUND - body.shin],
      torso: upright,
      legNear: { angles: [-32, -82] },
      legFar: { angles: [90, 0] },
      footNear: -40,
      armNear: { angles: [-6, 10] },
      armFar: { angles: [8, 30] },
      highlights: [{ segment: 'thighNear', from: 0.05, to: 0.85, side: 'front' }],
    }, arrow([112, 36], [152, 36])),

  'easy-walk.svg': () =>
    pose('Easy walk', [floor()], {
      hip: [92, STAND + 3],
      torso: 176,
      legNear: { angles: [24, -4] },
      legFar: { angles: [-18, -30] },
      footNear: 104,
      footFar: 60,
      armNear: { angles: [-24, -10] },
      armFar: { angles: [22, 40] },
      highlights: [
        { segment: 'thighNear', from: 0.1, to: 0.9, side: 'middle' },
        { segment: 'shinNear', from: 0.1, to: 0.8, side: 'middle' },
      ],
    }, arrow([124, 40], [164, 40])),
};

/** A close-up of an open hand, palm towards the viewer, fingers and thumb spread. */
function openHand(): string[] {
  const palm: Pt = [100, 130];
  const fingers: Array<{ angle: number; length: number }> = [
    { angle: -158, length: 52 },
    { angle: -172, length: 58 },
    { angle: 174, length: 56 },
    { angle: 158, length: 46 },
  ];
  const width = 15;
  const shapes: string[] = [];
  const base = (i: number): Pt => [palm[0] - 22 + i * 15, palm[1] - 22];
  const tips = fingers.map((f, i) => {
    const b = base(i);
    return [b, [b[0] + Math.sin((f.angle * Math.PI) / 180) * f.length, b[1] + Math.cos((f.angle * Math.PI) / 180) * f.length]] as const;
  });
  const thumbFrom: Pt = [palm[0] + 26, palm[1] + 8];
  const thumbTo: Pt = [palm[0] + 66, palm[1] - 18];
  const wristFrom: Pt = [palm[0] - 2, palm[1] + 30];
  const wristTo: Pt = [palm[0] - 6, FLOOR + 12];
  for (const [from, to] of tips) shapes.push(polyline([from, to], 'card', width + 2 * body.rim));
  shapes.push(polyline([thumbFrom, thumbTo], 'card', width + 2 * body.rim), polyline([wristFrom, wristTo], 'card', 34 + 2 * body.rim));
  shapes.push(polyline([wristFrom, wristTo], 'figure', 34));
  for (const [from, to] of tips) shapes.push(polyline([from, to], 'figure', width));
  shapes.push(polyline([thumbFrom, thumbTo], 'figure', width + 1));
  shapes.push(disc(palm, 30, 'figure'));
  shapes.push(stretchBand([[palm[0] - 12, palm[1] - 4], [palm[0] + 12, palm[1] + 4]], 22));
  shapes.push(...arrow([36, 74], [60, 40], { bow: -12 }), ...arrow([140, 46], [168, 76], { bow: -12 }));
  return shapes;
}

export const illustrationFiles = Object.keys(illustrations).sort();

/** The SVG text of one illustration, as the generator draws it. */
export function drawIllustration(file: string): string {
  const draw = illustrations[file];
  if (!draw) throw new Error(`no pose for ${file}; known: ${illustrationFiles.join(', ')}`);
  try {
    return toSvg(draw());
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** Writes every illustration whose text changed. */
export function writeIllustrations(dir = illustrationsDir): { written: string[]; unchanged: string[] } {
  const written: string[] = [];
  const unchanged: string[] = [];
  for (const file of illustrationFiles) {
    const svg = drawIllustration(file);
    const path = join(dir, file);
    if (existsSync(path) && readFileSync(path, 'utf8') === svg) {
      unchanged.push(file);
      continue;
    }
    writeFileSync(path, svg);
    written.push(file);
  }
  return { written, unchanged };
}

/** SVG files in the folder that the generator no longer draws. */
export function strayIllustrations(dir = illustrationsDir): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.svg') && !illustrationFiles.includes(f));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { written, unchanged } = writeIllustrations();
  for (const file of written) console.log(`wrote resources/illustrations/${file}`);
  console.log(`${written.length} written, ${unchanged.length} already up to date`);
  const stray = strayIllustrations();
  if (stray.length > 0) console.log(`not drawn by the generator (remove or add a pose): ${stray.join(', ')}`);
}
