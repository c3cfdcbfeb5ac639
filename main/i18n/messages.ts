/**
 * The message catalogue for the main process (tray, notifications, dialogs). English now; every
 * user-visible string in main goes through `t()`, so more languages are a matter of data.
 */
// The other catalogues are typed by this one, so a missing key is a compile error.
import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';

export const en = {
  'app.name': 'Limber',
  'tray.tooltip': 'Limber — water {water}',
  'tray.status.next': 'Next movement break in {minutes} min',
  'tray.status.nextStretch': 'Next stretch break in {minutes} min',
  'tray.status.due': 'A break is due now',
  'tray.status.breakRunning': 'Break in progress until {time}',
  'tray.status.paused': 'Paused until {time}',
  'tray.status.pausedIndefinitely': 'Paused',
  'tray.status.away': 'Away — counting resumes when you return',
  'tray.status.outsideHours': 'Outside working hours',
  'tray.status.nextAt': 'Next movement break at {time}',
  'tray.status.nextStretchAt': 'Next stretch break at {time}',
  'tray.status.drinkDue': 'Time for a drink',
  'tray.holding.move': 'Holding your movement break: {why}',
  'tray.holding.stretch': 'Holding your stretch break: {why}',
  'tray.holding.hydrate': 'Holding your drink reminder: {why}',
  'tray.holding.workout': 'Holding your workout reminder: {why}',
  'tray.holding.bedtime': 'Holding your bedtime stretch: {why}',
  'tray.busy.fullScreen': 'something is full screen',
  'tray.busy.doNotDisturb': 'do not disturb is on',
  'tray.busy.inCall': 'you’re in a call',
  'tray.busy.screenSharing': 'your screen is being shared',
  'tray.busy.app': 'a chosen app is running',
  /** macOS only: the countdown beside the menu-bar icon; keep it short. */
  'tray.title.minutes': '{minutes}m',
  'tray.water': 'Water today: {drunk} / {goal} L',
  'tray.breaks': 'Breaks today: {taken} taken, {snoozed} snoozed, {skipped} skipped',
  'tray.breakNow': 'Take a break now',
  'tray.drink': 'Log a drink',
  'tray.drink.glass': 'Glass (250 ml)',
  'tray.drink.bottle': 'Bottle (500 ml)',
  'tray.drink.custom': 'Custom…',
  'tray.drink.undo': 'Undo last drink',
  'tray.relief': 'Cramp relief',
  'tray.relief.calf': 'Calf',
  'tray.relief.foot': 'Foot',
  'tray.relief.hamstring': 'Hamstring',
  'tray.relief.quadriceps': 'Quadriceps',
  'tray.relief.hand': 'Hand / forearm',
  'tray.routines': 'Stretching routines…',
  'tray.open': 'Open Limber…',
  'tray.pause': 'Pause',
  'tray.pause.30': '30 minutes',
  'tray.pause.60': '1 hour',
  'tray.pause.120': '2 hours',
  'tray.pause.tomorrow': 'Until tomorrow',
  'tray.pause.resume': 'Resume',
  'tray.preferences': 'Preferences…',
  'tray.help': 'User’s guide…',
  'tray.startAtLogin': 'Start at login',
  'tray.updateReady': 'Update ready: restart Limber',
  'tray.quit': 'Quit',
  'alert.move.title': 'Time to move',
  'alert.move.body': 'Stand up, walk a few steps and shift position for two minutes.',
  'alert.stretch.title': 'Stretch break',
  'alert.stretch.body': 'Five minutes of gentle stretching keeps calves and hamstrings supple.',
  'alert.hydrate.title': 'Have a drink',
  'alert.hydrate.body': 'You have had {drunk} of {goal} L today. Drink if you are thirsty; these reminders stop once you reach your goal.',
  'alert.repeat': '(reminder {attempt} of {total})',
  'alert.prehydrate.title': 'Drink before your {workout}',
  'alert.prehydrate.body': 'Your {workout} starts at {time}. If your urine is dark, drink about {ml} ml slowly now; if it is pale, you are ready.',
  'alert.mealCutoff.title': 'Eat now or after your {workout}',
  'alert.mealCutoff.body': 'Your {workout} starts at {time}. A full stomach and hard effort do not mix: eat now, or wait until afterwards. Log a meal from the tray.',
  'alert.warmup.title': 'Warm up for your {workout}',
  'alert.warmup.body': 'It starts at {time}. Ten minutes of dynamic warm-up gets cold muscles ready.',
  'alert.cooldown.title': 'Cool down',
  'alert.cooldown.body': 'Walk it out, then stretch while your muscles are still warm.',
  'alert.rehydrate.title': 'Rehydrate with electrolytes',
  'alert.rehydrate.body': 'After that {workout}, drink about {ml} ml with some salt: a sports drink, or water with a salty snack or meal.',
  'alert.bedtime.title': 'Bedtime stretch',
  'alert.bedtime.body': 'A few minutes of gentle calf and hamstring stretching before bed.',
  'alert.carry': 'For {minutes} minutes, carry up to {carry} ml. Drink to thirst, and not more than you sweat.',
  'alert.recentMeal': 'You ate less than an hour ago: start easy.',
  'alert.action.drankIt': 'Drank it',
  'alert.action.ok': 'OK',
  'workout.run': 'run',
  'workout.cycle': 'ride',
  'workout.gym': 'gym session',
  'workout.swim': 'swim',
  'workout.other': 'workout',
  'tray.meal': 'Log a meal',
  'tray.cramp.log': 'Log a cramp',
  'alert.action.start': 'Start',
  'alert.action.done': 'Done',
  'alert.action.snooze': 'Snooze {minutes} min',
  'alert.action.skip': 'Skip',
  'alert.action.logDrink': 'Log {amount}',
  'notice.settingsRecovered': 'Your settings file could not be read, so Limber started with default settings. The old file was kept at {detail}.',
  'notice.idleUnreliable': 'This desktop session does not report idle time, so Limber cannot notice when you step away. Natural breaks will not be counted; lock the screen when you leave.',
  'tray.helpMenu': 'Help',
  'tray.help.logs': 'Open log folder',
  'tray.notice.show': 'Show in Limber…',
  'tray.notice.dismiss': 'Dismiss',
  'tray.notice.settingsRecovered': 'Settings file could not be read: defaults in use',
  'tray.notice.settingsPartlyRecovered': 'Part of your settings file was reset',
  'tray.notice.settingsNewer': 'Settings from a newer Limber: defaults in use',
  'tray.notice.settingsWriteFailed': 'Could not save your settings: {reason}',
  'tray.notice.historyWriteFailed': 'Could not save your history: {reason}',
  'tray.notice.historySkipped': 'History lines that could not be read: {count}',
  'tray.notice.idleUnreliable': 'Idle time is not reported: natural breaks are not counted',
  'tray.notice.notificationsUnsupported': 'Notifications are not available on this desktop',
  'reason.diskFull': 'the disk is full',
  'reason.readOnly': 'the disk is read-only',
  'reason.noPermission': 'Limber may not write to its folder',
  'reason.other': 'the system refused the write',
  'dialog.unreadable.title': 'Limber cannot start',
  'dialog.unreadable.body': 'Limber cannot read its settings file:\n{path}\n\n{reason}\n\nMake sure the file and its folder belong to you and can be read, then start Limber again. The file has not been changed.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

/** The languages Limber ships, complete. */
export const languages = ['en', 'de', 'es', 'fr'] as const;
export type Language = (typeof languages)[number];

const catalogues: Record<Language, Catalogue> = { en, de, es, fr };

let current: Catalogue = en;
let currentLanguage: Language = 'en';

/** The shipped language for a locale such as "de-DE" or "es-419"; English when none fits. */
export function languageFor(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (languages as readonly string[]).includes(base) ? (base as Language) : 'en';
}

let timeLocale = 'en';

/**
 * Chooses the catalogue for a locale; returns the language chosen. `systemLocale` (the OS's, such
 * as "en-GB") decides between 12- and 24-hour times when it speaks the same language.
 */
export function setLocale(locale: string, systemLocale = locale): Language {
  currentLanguage = languageFor(locale);
  current = catalogues[currentLanguage];
  timeLocale = languageFor(systemLocale) === currentLanguage && systemLocale.split(/[-_]/)[0]?.toLowerCase() === currentLanguage ? systemLocale.replace('_', '-') : currentLanguage;
  return currentLanguage;
}

/** A time of day as the language writes it: "18:30" in German, "6:30 PM" in American English. */
export function clockTime(wall: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(timeLocale, { timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(wall);
}

export function currentLocale(): Language {
  return currentLanguage;
}

export function catalogueFor(language: Language): Catalogue {
  return catalogues[language];
}

/** A message with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  // A catalogue is complete by its type; the English fallback only guards data loaded at run time.
  return (current[key] ?? en[key]).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Litres as the current language writes them: "1.25" in English, "1,25" in German. */
export function litres(ml: number, minDigits = 1, maxDigits = 2): string {
  return new Intl.NumberFormat(currentLanguage, { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits }).format(Math.round(ml / 10) / 100);
}
