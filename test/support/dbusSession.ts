/**
 * A private D-Bus session bus for tests: a real `dbus-daemon` on a socket in a temporary folder,
 * so stub services (idle monitor, GNOME settings, a notification server) can be exported and
 * called exactly as on a desktop, without touching the developer's own session bus.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SessionBus {
  /** The bus address, as DBUS_SESSION_BUS_ADDRESS would hold it. */
  address: string;
  stop(): Promise<void>;
}

export async function startSessionBus(): Promise<SessionBus> {
  const dir = mkdtempSync(path.join(tmpdir(), 'limber-dbus-'));
  // A minimal session configuration: one socket of our own, anyone on this machine may connect.
  const config = path.join(dir, 'session.conf');
  writeFileSync(
    config,
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=${path.join(dir, 'bus')}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`,
  );
  const daemon = spawn('dbus-daemon', ['--config-file', config, '--nofork', '--nopidfile', '--print-address=1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => daemon.once('exit', () => resolve()));
  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`dbus-daemon did not print its address within 10 s: ${err}`)), 10_000);
    daemon.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    daemon.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    daemon.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start dbus-daemon (is the dbus package installed?): ${error.message}`));
    });
    daemon.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dbus-daemon exited with ${code}: ${err}`));
    });
  });
  return {
    address,
    async stop() {
      if (daemon.exitCode === null && daemon.signalCode === null) {
        daemon.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
