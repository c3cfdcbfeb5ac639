/**
 * `npm run sounds`: writes Limber's three chimes as small WAV files into resources/sounds/. They
 * are synthesised here (sine tones with a soft attack and a long decay), so they are Limber's own
 * work, released under the project's licence, with no third-party sample in them.
 *
 * - break-start: two rising notes (C5, E5), "time to move";
 * - break-end: three falling notes (G5, E5, C5), "done";
 * - drink: a quick upward glide twice, like a drop, different enough to tell apart unseen.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RATE = 22_050;
const PEAK = 0.5; // headroom: the player's volume setting scales from here

interface Note {
  at: number;
  /** Hz at the start and the end (a glide when they differ). */
  from: number;
  to: number;
  length: number;
}

function render(notes: Note[]): Float32Array {
  const total = Math.max(...notes.map((n) => n.at + n.length));
  const samples = new Float32Array(Math.ceil(total * RATE));
  for (const note of notes) {
    let phase = 0;
    const start = Math.floor(note.at * RATE);
    const count = Math.floor(note.length * RATE);
    for (let i = 0; i < count && start + i < samples.length; i++) {
      const t = i / RATE;
      const frequency = note.from + (note.to - note.from) * (i / count);
      phase += (2 * Math.PI * frequency) / RATE;
      // 15 ms attack, then an exponential decay: a chime, not a beep.
      const envelope = Math.min(1, t / 0.015) * Math.exp((-5 * t) / note.length);
      samples[start + i] = (samples[start + i] ?? 0) + Math.sin(phase) * envelope * PEAK * 0.6;
    }
  }
  return samples;
}

function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32_767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16); // PCM chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

export const chimes = {
  'break-start': [
    { at: 0, from: 523.25, to: 523.25, length: 0.7 },
    { at: 0.2, from: 659.25, to: 659.25, length: 0.8 },
  ],
  'break-end': [
    { at: 0, from: 783.99, to: 783.99, length: 0.6 },
    { at: 0.18, from: 659.25, to: 659.25, length: 0.6 },
    { at: 0.36, from: 523.25, to: 523.25, length: 0.9 },
  ],
  drink: [
    { at: 0, from: 620, to: 1240, length: 0.16 },
    { at: 0.22, from: 700, to: 1400, length: 0.16 },
  ],
} satisfies Record<string, Note[]>;

export function chimeFile(name: keyof typeof chimes): Buffer {
  return wav(render(chimes[name]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('../sounds/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const name of Object.keys(chimes) as (keyof typeof chimes)[]) {
    const file = join(dir, `${name}.wav`);
    writeFileSync(file, chimeFile(name));
    console.log(`${file}`);
  }
}
