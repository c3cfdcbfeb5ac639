import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/** The real CLI, as `npm run simulate` runs it, in a child process. */
const root = fileURLToPath(new URL('..', import.meta.url));
const example = join(root, 'test', 'scenarios', 'example.json');

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'main/sim/cli.ts', ...args], { cwd: root, encoding: 'utf8' }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'limber-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scenarioFile(name: string, text: string): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, text);
  return file;
}

/** A valid scenario with some fields replaced. */
function scenario(overrides: Record<string, unknown>): string {
  return JSON.stringify({ timeZone: 'Europe/Berlin', start: '2026-03-02T08:00:00', end: '2026-03-02T12:00:00', ...overrides });
}

describe('simulate CLI', () => {
  it('runs the example: exit 0, one JSON object per line, the same timeline as its expected file', async () => {
    const { status, stdout, stderr } = await cli(example);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe(''); // every line, the last included, ends with a newline
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const record = JSON.parse(line) as Record<string, unknown>;
      expect(record).toEqual({ ...record, t: expect.any(Number), at: expect.any(String), event: expect.any(String) });
    }
    expect(stdout).toBe(readFileSync(join(root, 'test', 'scenarios', 'example.expected.jsonl'), 'utf8'));
  });

  it('exits 2 with usage when not given exactly one file', async () => {
    for (const args of [[], [example, example]]) {
      const { status, stdout, stderr } = await cli(...args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('usage: npm run simulate -- <scenario.json>');
    }
  });

  it('exits 2 naming a file it cannot read', async () => {
    const missing = join(dir, 'no-such-scenario.json');
    const { status, stdout, stderr } = await cli(missing);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${missing}: cannot read it:`);
  });

  it('exits 2 on bad JSON, naming the file, where and what', async () => {
    const file = scenarioFile('bad-json', '{"timeZone": "Europe/Berlin", "start": "2026-03-02T08:00:00",}');
    const { status, stdout, stderr } = await cli(file);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${escape(file)}: not valid JSON: .*position \\d+`));
  });

  // Each malformed scenario: the field, the offending value and the problem must all be in the message.
  const malformed: { name: string; text: string; field: string; value: string; problem: string }[] = [
    {
      name: 'a start time that does not parse',
      text: scenario({ start: '2026-03-02T25:00:00' }),
      field: 'start:',
      value: '"2026-03-02T25:00:00"',
      problem: 'not a local date and time',
    },
    {
      name: 'an event time that does not parse',
      text: scenario({ events: [{ at: 'half past nine', type: 'away', minutes: 5 }] }),
      field: 'events[0].at:',
      value: '"half past nine"',
      problem: 'not a local date and time',
    },
    {
      name: 'an unknown IANA time zone',
      text: scenario({ timeZone: 'Mars/Olympus_Mons' }),
      field: 'timeZone:',
      value: '"Mars/Olympus_Mons"',
      problem: 'unknown IANA time zone',
    },
    {
      name: 'an unknown event type',
      text: scenario({ events: [{ at: '2026-03-02T09:00:00', type: 'nap', minutes: 20 }] }),
      field: 'events[0].type:',
      value: '"nap"',
      problem: 'unknown event type',
    },
    {
      name: 'an unknown action',
      text: scenario({ events: [{ at: '2026-03-02T09:00:00', type: 'action', action: 'dance' }] }),
      field: 'events[0].action:',
      value: '"dance"',
      problem: 'unknown action',
    },
    {
      name: 'a negative duration',
      text: scenario({ events: [{ at: '2026-03-02T09:00:00', type: 'away', minutes: -5 }] }),
      field: 'events[0].minutes:',
      value: '-5',
      problem: 'must not be negative',
    },
    {
      name: 'bad settings (move.intervalMinutes 0)',
      text: scenario({ settings: { move: { intervalMinutes: 0 } } }),
      field: 'settings.move.intervalMinutes:',
      value: '(got 0)',
      problem: 'Too small',
    },
    {
      // Once a stack trace and exit 1.
      name: 'a clock jump of ten trillion minutes',
      text: scenario({ events: [{ at: '2026-03-02T09:00:00', type: 'clockJump', minutes: 1e13 }] }),
      field: 'events[0].minutes:',
      value: '(got 10000000000000)',
      problem: 'must be at most 2628000 (five years on)',
    },
    {
      // JSON has no infinity, but 1e999 parses as one; it is named as such, not as "null".
      name: 'an infinite number',
      text: scenario({ events: [{ at: '2026-03-02T09:00:00', type: 'away', minutes: 5 }] }).replace('"minutes":5', '"minutes":1e999'),
      field: 'events[0].minutes:',
      value: '(got Infinity)',
      problem: 'must be',
    },
    {
      name: 'a scenario ending a century later',
      text: scenario({ end: '2126-03-02T12:00:00' }),
      field: 'end:',
      value: '"2126-03-02T12:00:00"',
      problem: 'must be at most 366 days after start',
    },
    {
      name: 'a settings event with a bad patch',
      text: scenario({ events: [{ at: '2026-03-02T09:00:00', type: 'settings', patch: { dayStartsAt: '24:00' } }] }),
      field: 'events[0].patch.dayStartsAt:',
      value: '"24:00"',
      problem: 'must be a time of day before 24:00',
    },
  ];

  it.for(malformed)('exits 2 on $name, naming the field, the value and the problem', async ({ name, text, field, value, problem }) => {
    const file = scenarioFile(name.replace(/\W+/g, '-'), text);
    const { status, stdout, stderr } = await cli(file);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const line = stderr.split('\n').find((l) => l.includes(field));
    expect(line, `no line naming ${field} in:\n${stderr}`).toBeDefined();
    expect(line).toContain(`${file}: `);
    expect(line).toContain(value);
    expect(line).toContain(problem);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
