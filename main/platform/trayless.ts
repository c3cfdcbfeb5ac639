/**
 * Remembers that Limber already said how to get a tray on this desktop, so the hint comes once,
 * not at every launch: a marker file in the app's data folder. A folder that cannot be written
 * means saying it again next time, which is better than never.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function firstTimeWithoutTray(userData: string): boolean {
  const marker = join(userData, 'told-no-tray');
  if (existsSync(marker)) return false;
  try {
    writeFileSync(marker, 'Limber told you once how to get a tray icon on this desktop.\n');
  } catch {
    // Say it again next launch.
  }
  return true;
}
