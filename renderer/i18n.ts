/**
 * The renderer's message catalogue. English now; every string a view shows goes through `t()`, so
 * more languages are a matter of data. (Health advice is content, not messages: see content/.)
 */
const en = {
  'app.name': 'Limber',
  'app.loading': 'Loading…',
  'app.noBridge': 'Limber could not reach the app. Close this window and open it again from the tray.',
  'app.failed': 'That did not work: {message}',

  'nav.label': 'Views',
  'nav.today': 'Today',
  'nav.preferences': 'Preferences',

  'today.title': 'Today',
  'today.next.heading': 'Coming up',
  'today.breakNow': 'Take a break now',
  'today.breakRunning': 'A {kind} is on until {time}.',

  'reminder.move': 'Movement break',
  'reminder.stretch': 'Stretch break',
  'reminder.hydrate': 'Drink',
  'reminder.move.lower': 'movement break',
  'reminder.stretch.lower': 'stretch break',

  'next.in': 'in {duration}',
  'next.now': 'Due now',
  'next.off': 'Off',
  'next.paused': 'Paused',
  'next.afterBreak': 'After this break',
  'next.none': 'Not scheduled',

  'duration.underMinute': 'less than a minute',
  'duration.minutes': '{minutes} min',
  'duration.hours': '{hours} h {minutes} min',

  'water.heading': 'Water today',
  'water.amount': '{drunk} ml of {goal} ml',
  'water.meter': 'Water towards today’s goal',
  'water.add': '+{ml} ml',
  'water.undo': 'Undo last drink',

  'pause.heading': 'Pause',
  'pause.running': 'Reminders are on.',
  'pause.until': 'Paused until {time}.',
  'pause.indefinitely': 'Paused until you resume.',
  'pause.for30': '30 min',
  'pause.for60': '1 hour',
  'pause.tomorrow': 'Until tomorrow',
  'pause.resume': 'Resume',

  'prefs.title': 'Preferences',
  'prefs.breaks': 'Breaks',
  'prefs.moveInterval': 'Movement break every',
  'prefs.minutes': '{minutes} minutes',
  'prefs.breakWindowForMove': 'Open the break window for movement breaks',
  'prefs.breakWindowForMove.hint': 'Stretch breaks always open it.',
  'prefs.strict': 'Strict mode',
  'prefs.strict.hint': 'The break window offers no Skip or Snooze.',
  'prefs.alerts': 'Alerts',
  'prefs.sound': 'Play a sound with reminders',
  'prefs.system': 'System',
  'prefs.openAtLogin': 'Start Limber at login',

  'notices.heading': 'Notices',
  'notice.dismiss': 'Dismiss',
  'notice.settingsRecovered': 'Your settings file could not be read, so Limber started with default settings. The old file was kept at {detail}.',
  'notice.idleUnreliable': 'This desktop session does not report idle time, so Limber cannot notice when you step away. Natural breaks will not be counted; lock the screen when you leave.',
  'notice.historyImported': 'Imported {count} records into your history.',
  'notice.notificationsUnsupported': 'Desktop notifications are not available on this system, so Limber cannot show reminder pop-ups.',

  'break.title.move': 'Time to move',
  'break.title.stretch': 'Stretch break',
  'break.title.idle': 'No break due',
  'break.due': 'Due now · {minutes} min',
  'break.attempt': 'Reminder {attempt} of {total}',
  'break.endsIn': 'Ends in',
  'break.over': 'Break over. Well done.',
  'break.next': 'Next break {when}.',
  'break.steps': 'What to do',
  'break.source': 'Source: {publisher}, “{title}”',
  'break.start': 'Start',
  'break.snooze': 'Snooze {minutes} min',
  'break.skip': 'Skip',
  'break.done': 'Done',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

const catalogues: Record<string, Catalogue> = { en };

let current: Catalogue = en;
let currentLocale = 'en';

/** Chooses the catalogue for a locale such as "de-DE"; English when there is none. */
export function setLocale(locale: string): void {
  const language = locale.split('-')[0] ?? 'en';
  current = catalogues[locale] ?? catalogues[language] ?? en;
  currentLocale = catalogues[locale] ? locale : catalogues[language] ? language : 'en';
}

/** The locale of the catalogue in use, for number formatting that matches the words around it. */
export function locale(): string {
  return currentLocale;
}

/** A message with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return current[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
