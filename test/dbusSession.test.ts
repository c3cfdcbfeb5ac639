/**
 * The private session bus the D-Bus tests run on: a real dbus-daemon that names can be owned on,
 * objects exported and called through, and that is gone after stop().
 */
import dbus from 'dbus-next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSessionBus, type SessionBus } from './support/dbusSession.js';

let bus: SessionBus;
beforeAll(async () => {
  bus = await startSessionBus();
});
afterAll(async () => {
  await bus?.stop();
});

class Greeter extends dbus.interface.Interface {
  Greet(name: string): string {
    return `hello ${name}`;
  }
}
Greeter.configureMembers({ methods: { Greet: { inSignature: 's', outSignature: 's' } } });

describe('startSessionBus', () => {
  it('gives an address on which one connection can own a name and another can call it', async () => {
    expect(bus.address).toMatch(/^unix:path=/);
    const service = dbus.sessionBus({ busAddress: bus.address });
    const client = dbus.sessionBus({ busAddress: bus.address });
    try {
      service.export('/test/Greeter', new Greeter('test.Greeter'));
      await service.requestName('test.Greeter', 0);
      const proxy = await client.getProxyObject('test.Greeter', '/test/Greeter');
      const greeter = proxy.getInterface('test.Greeter');
      await expect((greeter.Greet as (name: string) => Promise<string>)('limber')).resolves.toBe('hello limber');
    } finally {
      service.disconnect();
      client.disconnect();
    }
  });

  it('is gone after stop: a new connection is refused', async () => {
    const other = await startSessionBus();
    await other.stop();
    const late = dbus.sessionBus({ busAddress: other.address });
    const failed = new Promise<Error>((resolve) => late.on('error', resolve));
    await expect(failed).resolves.toBeInstanceOf(Error);
    late.disconnect();
  });
});
