import type { ReliefGuide } from './types.ts';

/** Said in every guide: the same calm first steps, whatever the muscle. */
const stop = 'Stop what you are doing and keep still for a moment.';
const breathe = 'Breathe slowly and deeply while you hold. Most cramps ease within a few minutes.';
const warmthOrCold =
  'Afterwards, warmth (a warm towel or bath) can relax a muscle that stays tight; a cold pack wrapped in a cloth can ease soreness.';
const tender = 'The muscle may feel tender for a day. That is common.';
const legRedFlags =
  'Get urgent advice if a cramp lasts longer than 10 minutes, or comes with swelling, redness, warmth, numbness or weakness.';

/** The Cramp relief flow for each muscle in the tray menu: first steps, the routine, then aftercare. */
export const reliefGuides: ReliefGuide[] = [
  {
    muscle: 'calf',
    name: 'Calf cramp',
    immediate: [
      stop,
      'Straighten the leg and pull your toes up towards your shin, or stand and press the heel down.',
      `Hold the stretch gently. ${breathe}`,
      'When it starts to ease, rub the calf firmly.',
    ],
    routine: 'relief-calf',
    afterwards: [warmthOrCold, 'Walk around gently once it has eased.', tender, legRedFlags],
    source: 'nhs-leg-cramps',
    evidence: 'expert opinion',
    evidenceNote: 'Stretching and massage are what health services advise during a leg cramp; they are not well tested in trials.',
  },
  {
    muscle: 'foot',
    name: 'Foot cramp',
    immediate: [
      stop,
      'Pull your toes back towards your shin with your hand or a towel. Or stand and put weight through the foot.',
      `Hold the stretch gently. ${breathe}`,
      'Rub the sole of the foot with your thumbs as it eases.',
    ],
    routine: 'relief-foot',
    afterwards: [warmthOrCold, 'Circle the ankle slowly to loosen it.', tender, legRedFlags],
    source: 'nhs-leg-cramps',
    evidence: 'expert opinion',
    evidenceNote: 'Stretching and rubbing the muscle is standard first aid for a cramp; it rests on clinical experience.',
  },
  {
    muscle: 'hamstring',
    name: 'Hamstring cramp',
    immediate: [
      stop,
      'Sit down, straighten the leg in front of you and lean forward from the hips.',
      `Hold the stretch gently. ${breathe}`,
      'Rub the back of the thigh once it starts to let go.',
    ],
    routine: 'relief-hamstring',
    afterwards: [
      warmthOrCold,
      'If it came on during exercise, stop for the day or go very easy.',
      'Sip some water if you are thirsty.',
      legRedFlags,
    ],
    source: 'miller-2022',
    evidence: 'expert opinion',
    evidenceNote: 'Gentle static stretching is the usual treatment for exercise cramps; the advice rests on expert consensus.',
  },
  {
    muscle: 'quadriceps',
    name: 'Thigh cramp',
    immediate: [
      stop,
      'Hold on to something steady, bend the knee and bring the heel towards your buttock.',
      `Hold the stretch gently. ${breathe}`,
      'Rub the front of the thigh as it eases.',
    ],
    routine: 'relief-quadriceps',
    afterwards: [
      warmthOrCold,
      'If it came on during exercise, stop for the day or go very easy.',
      'Sip some water if you are thirsty.',
      legRedFlags,
    ],
    source: 'miller-2022',
    evidence: 'expert opinion',
    evidenceNote: 'Gentle static stretching is the usual treatment for exercise cramps; the advice rests on expert consensus.',
  },
  {
    muscle: 'hand',
    name: 'Hand and forearm cramp',
    immediate: [
      'Stop writing, typing or gripping and let go of what you hold.',
      'Open your fingers and press them gently back, on a table or with the other hand.',
      `Hold the stretch gently. ${breathe}`,
      'Rub the palm and the inside of the forearm as it eases.',
    ],
    routine: 'relief-hand',
    afterwards: [
      warmthOrCold,
      'Take a break from the task that set it off, and loosen your grip when you go back.',
      'See a doctor if hand cramps keep coming back, or come with numbness, tingling or weakness.',
    ],
    source: 'mayo-muscle-cramp',
    evidence: 'expert opinion',
    evidenceNote: 'Stretching and massaging a cramped muscle is standard self-care; hand stretches have not been tested in trials.',
  },
];
