/**
 * The player's sound cue: a soft sine tone synthesised with the Web Audio API (no audio files to
 * ship or load). It plays only when the person has sound on; the AudioContext is made on first use,
 * which always follows a click (Start), so Chromium's autoplay policy lets it sound.
 */
export type CueKind = 'hold' | 'side' | 'done';

/** Gentle, consonant pitches (Hz): a single note for a change, a rising pair for the end. */
const NOTES: Record<CueKind, readonly number[]> = {
  hold: [523.25],
  side: [440],
  done: [523.25, 659.25],
};

const PEAK_GAIN = 0.08;
const ATTACK_S = 0.04;
const NOTE_S = 0.7;
const NOTE_GAP_S = 0.22;

let context: AudioContext | null = null;

export function playCue(kind: CueKind): void {
  const Context = window.AudioContext as typeof AudioContext | undefined;
  if (!Context) return;
  try {
    context ??= new Context();
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
    const start = context.currentTime + 0.02;
    NOTES[kind].forEach((frequency, i) => tone(context as AudioContext, frequency, start + i * NOTE_GAP_S));
  } catch {
    // No audio device (or audio refused): the cue is a nicety, the visual prompt is the real one.
  }
}

function tone(audio: AudioContext, frequency: number, at: number): void {
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  // A quick fade in and a long exponential fade out: a chime, not a beep.
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, at + ATTACK_S);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + NOTE_S);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(at);
  oscillator.stop(at + NOTE_S + 0.05);
}
