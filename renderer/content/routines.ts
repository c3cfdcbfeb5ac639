import type { Routine } from './types.ts';

/**
 * Routines built from the stretch library. A step's `holdSeconds` overrides the stretch's own hold
 * (per side for two-sided stretches).
 */
export const routines: Routine[] = [
  {
    id: 'desk-move',
    name: 'Desk move break',
    kind: 'move',
    purpose: 'A quick break from sitting: get the blood moving in your legs and loosen your shoulders.',
    steps: [{ stretch: 'marching' }, { stretch: 'heel-raises' }, { stretch: 'ankle-circles' }, { stretch: 'shoulder-rolls' }],
    source: 'dunstan-2012',
    evidence: 'mixed',
    evidenceNote:
      'In a small lab trial, two minutes of light walking every 20 minutes lowered blood sugar after a meal; effects on cramps and stiffness are untested.',
  },
  {
    id: 'desk-stretch',
    name: 'Five-minute stretch break',
    kind: 'stretch',
    purpose: 'Stretch the muscles that stiffen at a desk: calves, thighs, shoulders, neck and forearms.',
    steps: [
      { stretch: 'calf-wall' },
      { stretch: 'hamstring-seated' },
      { stretch: 'quad-standing' },
      { stretch: 'shoulder-cross' },
      { stretch: 'neck-side' },
      { stretch: 'wrist-flexor' },
      { stretch: 'wrist-extensor' },
    ],
    source: 'mayo-stretching',
    evidence: 'expert opinion',
    evidenceNote:
      'Gentle holds of about 30 seconds without bouncing are standard flexibility advice; there is little evidence that stretching prevents cramps.',
  },
  {
    id: 'pre-run-warmup',
    name: 'Pre-run warm-up',
    kind: 'warmup',
    purpose: 'Warm up with moving stretches before a run, rather than long holds.',
    steps: [
      { stretch: 'easy-walk' },
      { stretch: 'marching' },
      { stretch: 'leg-swings' },
      { stretch: 'walking-lunges' },
      { stretch: 'heel-raises' },
      { stretch: 'ankle-circles' },
    ],
    source: 'behm-2011',
    evidence: 'mixed',
    evidenceNote:
      'A light jog or walk followed by dynamic moves is the warm-up reviews favour for performance; whether warming up prevents cramps has not been tested directly.',
  },
  {
    id: 'post-run-cooldown',
    name: 'Post-run cool-down',
    kind: 'cooldown',
    purpose: 'Walk to let your breathing settle, then stretch the legs while they are warm.',
    steps: [
      { stretch: 'easy-walk', holdSeconds: 180 },
      { stretch: 'calf-wall' },
      { stretch: 'soleus-bent-knee' },
      { stretch: 'hamstring-step' },
      { stretch: 'quad-standing' },
      { stretch: 'hip-flexor-kneel' },
    ],
    source: 'mayo-stretching',
    evidence: 'expert opinion',
    evidenceNote:
      'Stretching warm muscles after exercise is standard advice for flexibility; its effect on cramps later in the day is not known.',
  },
  {
    id: 'bedtime-calves',
    name: 'Bedtime stretch',
    kind: 'bedtime',
    purpose: 'A few minutes of calf and hamstring stretches just before sleep, against night-time leg cramps.',
    steps: [
      { stretch: 'calf-wall' },
      { stretch: 'soleus-bent-knee' },
      { stretch: 'hamstring-step' },
      { stretch: 'towel-calf' },
      { stretch: 'knee-hug' },
    ],
    source: 'hallegraeff-2012',
    evidence: 'mixed',
    evidenceNote:
      'In one trial of 80 older adults, nightly calf and hamstring stretches meant fewer and milder night cramps after six weeks; other studies have found little benefit.',
  },
  // Cramp relief practice: one routine per muscle in the tray's Cramp relief menu, for practising the
  // stretches between cramps. During a cramp the relief guide's own holds (relief.ts) are used instead.
  {
    id: 'relief-calf',
    name: 'Calf cramp relief',
    kind: 'relief',
    muscle: 'calf',
    purpose: 'Practise the calf stretches between cramps. During a cramp, use Relief instead: it holds until the cramp lets go.',
    steps: [{ stretch: 'towel-calf' }, { stretch: 'calf-wall' }, { stretch: 'soleus-bent-knee' }],
    source: 'nhs-leg-cramps',
    evidence: 'expert opinion',
    evidenceNote:
      'Stretching and rubbing the muscle is what health services advise during a cramp; it rests on clinical experience and a few lab studies.',
  },
  {
    id: 'relief-foot',
    name: 'Foot cramp relief',
    kind: 'relief',
    muscle: 'foot',
    purpose: 'Practise the foot stretches between cramps. During a cramp, use Relief instead: it holds until the cramp lets go.',
    steps: [{ stretch: 'towel-calf' }, { stretch: 'toe-wall' }, { stretch: 'ankle-circles' }],
    source: 'nhs-leg-cramps',
    evidence: 'expert opinion',
    evidenceNote: 'Stretching the cramped muscle is standard first aid; there are no trials of specific foot stretches for cramps.',
  },
  {
    id: 'relief-hamstring',
    name: 'Hamstring cramp relief',
    kind: 'relief',
    muscle: 'hamstring',
    purpose: 'Practise the hamstring stretches between cramps. During a cramp, use Relief instead: it holds until the cramp lets go.',
    steps: [{ stretch: 'hamstring-seated' }, { stretch: 'hamstring-step' }],
    source: 'miller-2022',
    evidence: 'expert opinion',
    evidenceNote: 'Gentle static stretching until the cramp eases is the usual treatment for exercise cramps; it rests on expert consensus.',
  },
  {
    id: 'relief-quadriceps',
    name: 'Thigh cramp relief',
    kind: 'relief',
    muscle: 'quadriceps',
    purpose: 'Practise the thigh stretches between cramps. During a cramp, use Relief instead: it starts lying or seated and holds until the cramp lets go.',
    steps: [{ stretch: 'quad-standing' }, { stretch: 'hip-flexor-kneel' }],
    source: 'miller-2022',
    evidence: 'expert opinion',
    evidenceNote: 'Gentle static stretching until the cramp eases is the usual treatment for exercise cramps; it rests on expert consensus.',
  },
  {
    id: 'relief-hand',
    name: 'Hand cramp relief',
    kind: 'relief',
    muscle: 'hand',
    purpose: 'Practise the wrist stretches between cramps. During a cramp, use Relief instead: it holds until the cramp lets go.',
    steps: [{ stretch: 'wrist-flexor' }, { stretch: 'wrist-extensor' }],
    source: 'mayo-muscle-cramp',
    evidence: 'expert opinion',
    evidenceNote: 'Stretching and massaging a cramped muscle is standard self-care; hand stretches have not been tested in trials.',
  },
];
