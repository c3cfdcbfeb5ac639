import type { ReliefGuide } from './types.ts';

/** Said in every guide: the same calm first steps, whatever the muscle. */
const stop = 'Stop what you are doing and keep still for a moment.';
const holdUntil = 'Stretch only the cramped side, gently, and hold it until the cramp lets go. Breathe slowly; do not hold your breath.';
const warmthOrCold =
  'Afterwards, warmth (a warm towel or bath) may relax a muscle that stays tight, and a cold pack wrapped in a cloth may ease soreness. Do not use heat where your skin has less feeling, such as from diabetes or nerve damage.';
const tender = 'The muscle may feel tender for a day. That is common.';
const afterExercise = 'If it came on during exercise, stop for the day or go very easy.';
const sipIfThirsty = 'Sip some water if you are thirsty.';

/** The warning signs every leg guide shows before massage and heat (advice.ts, items with an urgency). */
const legWarnings = ['urgent-clot', 'doctor-not-easing', 'urgent-rhabdo', 'urgent-heat', 'urgent-hyponatraemia', 'urgent-tetanus'];

const exerciseCrampNote = 'Gentle static stretching until the cramp eases is the usual treatment for exercise cramps; the advice rests on expert consensus.';

/**
 * The Cramp relief flow for each muscle in the tray menu: first steps, holds on the cramped side
 * until the cramp lets go (the next one offered only then), warning signs, massage, aftercare.
 */
export const reliefGuides: ReliefGuide[] = [
  {
    muscle: 'calf',
    name: 'Calf cramp',
    immediate: [stop, 'Sit or lie down with the cramped leg straight.', holdUntil],
    holds: [
      { stretch: 'towel-calf', text: 'Keep the cramped leg straight and pull its toes up towards your shin, with your hand or a towel around the ball of the foot.' },
      { stretch: 'calf-wall', text: 'If you can stand steadily: face a wall, put the cramped leg behind you with the heel down and the knee straight, and lean gently forward.' },
    ],
    warnings: legWarnings,
    easing: ['When it starts to ease, rub the calf firmly.', 'Then walk around gently.'],
    afterwards: [warmthOrCold, tender],
    routine: 'relief-calf',
    source: 'nhs-leg-cramps',
    evidence: 'expert opinion',
    evidenceNote: 'Stretching and massage are what health services advise during a leg cramp; they are not well tested in trials.',
  },
  {
    muscle: 'foot',
    name: 'Foot cramp',
    immediate: [stop, 'Sit down where you can reach the cramped foot.', holdUntil],
    holds: [
      { stretch: 'towel-calf', text: 'Pull the toes of the cramped foot back towards your shin, with your hand or a towel.' },
      { stretch: 'toe-wall', text: 'If it tightens again: stand with the toes of the cramped foot against a wall, the heel down, and lean gently forward.' },
    ],
    warnings: legWarnings,
    easing: ['Rub the sole of the foot with your thumbs as it eases.', 'Circle the ankle slowly to loosen it.'],
    afterwards: [warmthOrCold, tender],
    routine: 'relief-foot',
    source: 'nhs-leg-cramps',
    evidence: 'expert opinion',
    evidenceNote: 'Stretching and rubbing the muscle is standard first aid for a cramp; it rests on clinical experience.',
  },
  {
    muscle: 'hamstring',
    name: 'Hamstring cramp',
    immediate: [stop, 'Sit down on the floor or a bed.', holdUntil],
    holds: [
      { stretch: 'hamstring-seated', text: 'Straighten the cramped leg in front of you, bend the other knee, and lean forward gently from the hips with your back straight.' },
      { stretch: 'hamstring-step', text: 'If it tightens again and you can stand steadily: rest the heel of the cramped leg on a low step, keep the knee straight, and lean forward from the hips.' },
    ],
    warnings: legWarnings,
    easing: ['Rub the back of the thigh once it starts to let go.'],
    afterwards: [warmthOrCold, afterExercise, sipIfThirsty],
    routine: 'relief-hamstring',
    source: 'miller-2022',
    evidence: 'expert opinion',
    evidenceNote: exerciseCrampNote,
  },
  {
    muscle: 'quadriceps',
    name: 'Thigh cramp',
    immediate: [stop, 'Lie on your side with the cramped leg on top, or sit sideways on a chair.', holdUntil],
    holds: [
      { text: 'Lying on your side (or sitting sideways on a chair), bend the knee of the cramped leg and bring its heel towards your buttock. Hold the ankle, or loop a towel around it if you cannot reach.' },
      { stretch: 'quad-standing', text: 'If it tightens again and you can stand steadily: hold on to a chair or wall, bend the cramped knee and bring the heel towards your buttock, knees together.' },
    ],
    warnings: legWarnings,
    easing: ['Rub the front of the thigh as it eases.'],
    afterwards: [warmthOrCold, afterExercise, sipIfThirsty],
    routine: 'relief-quadriceps',
    source: 'miller-2022',
    evidence: 'expert opinion',
    evidenceNote: exerciseCrampNote,
  },
  {
    muscle: 'hand',
    name: 'Hand and forearm cramp',
    immediate: ['Stop writing, typing or gripping and let go of what you hold.', holdUntil],
    holds: [
      { stretch: 'wrist-flexor', text: 'Open the fingers of the cramped hand and press them gently back, flat on a table or with your other hand.' },
    ],
    warnings: ['doctor-not-easing', 'urgent-rhabdo', 'urgent-heat', 'urgent-tetanus'],
    easing: ['Rub the palm and the inside of the forearm as it eases.'],
    afterwards: [
      warmthOrCold,
      'Take a break from the task that set it off, and loosen your grip when you go back.',
      'See a doctor if hand cramps keep coming back, or come with numbness, tingling or weakness.',
    ],
    routine: 'relief-hand',
    source: 'mayo-muscle-cramp',
    evidence: 'expert opinion',
    evidenceNote: 'Stretching and massaging a cramped muscle is standard self-care; hand stretches have not been tested in trials.',
  },
];
