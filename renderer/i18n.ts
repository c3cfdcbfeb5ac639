/**
 * The renderer's message catalogue. English now; every string a view shows goes through `t()`, so
 * more languages are a matter of data. (Health advice is content, not messages: see content/.)
 */
import { de } from './locales/de.ts';
import { es } from './locales/es.ts';
import { fr } from './locales/fr.ts';

export const en = {
  'app.name': 'Limber',
  'app.loading': 'Loading…',
  'app.noBridge': 'Limber could not reach the app. Close this window and open it again from the tray.',
  'app.failed': 'That did not work: {message}',

  'nav.label': 'Views',
  'nav.skip': 'Skip to the view',
  'nav.today': 'Today',
  'nav.routines': 'Routines',
  'nav.relief': 'Relief',
  'nav.learn': 'Learn',
  'nav.preferences': 'Preferences',

  'today.title': 'Today',
  'today.next.heading': 'Coming up',
  'today.breakNow': 'Take a break now',
  'today.breakRunning': 'A {kind} is on until {time}.',
  'today.holding': 'Holding your {reminder}: {reason}.',
  'busy.fullScreen': 'something is full screen',
  'busy.doNotDisturb': 'do not disturb is on',
  'busy.inCall': 'you’re in a call',
  'busy.screenSharing': 'you’re sharing your screen',
  'busy.app': 'an app you chose is open',
  'today.workoutAt': '{workout} {time}',
  'today.momentAt': '{moment} {time}',

  'reminder.move': 'Movement break',
  'reminder.stretch': 'Stretch break',
  'reminder.hydrate': 'Drink',
  'reminder.move.lower': 'movement break',
  'reminder.stretch.lower': 'stretch break',

  'next.in': 'in {duration}',
  'next.now': 'Due now',
  'next.off': 'Off',
  'next.paused': 'Paused',
  'next.pausedUntil': 'Paused until {time}',
  'next.afterBreak': 'After this break',
  'next.none': 'Not scheduled',

  'duration.underMinute': 'less than a minute',
  'duration.minutes': '{minutes}\u00a0min',
  'duration.hours': '{hours}\u00a0h {minutes}\u00a0min',

  'water.heading': 'Water today',
  'water.ring.of.litres': 'of {goal}\u00a0L',
  'water.ring.of.floz': 'of {goal}\u00a0fl\u00a0oz',
  'water.ring.label.litres': '{drunk} of {goal} litres',
  'water.ring.label.floz': '{drunk} of {goal} US fluid ounces',
  'water.log': 'Log a drink',
  'water.glass': 'Glass',
  'water.bottle': 'Bottle',
  'water.undo': 'Undo last drink',
  'water.logged': 'Logged {amount}. {total}.',
  'water.undone': 'Took back the last drink. {total}.',
  'water.custom': 'Other amount',
  'water.custom.log': 'Log',
  'water.custom.required': 'Enter an amount first.',
  'water.custom.range': 'Enter an amount from {min} to {max}.',
  'water.goalReason.one': '+{amount} for your {workout}',
  'water.goalReason.many': '+{amount} for today’s workouts',

  'tally.heading': 'Breaks today',
  'tally.taken': 'Taken',
  'tally.skipped': 'Skipped',
  'tally.natural': 'Natural',
  'tally.missed': 'Missed',
  'tally.hint': 'Natural: you stepped away long enough on your own. Missed: a reminder went unanswered.',
  'tally.none': 'No breaks yet today.',
  'tally.none.next': 'No breaks yet today; the first is due in {duration}.',

  'unit.min': 'min',
  'unit.ml': '{amount}\u00a0ml',
  'unit.floz': '{amount}\u00a0fl\u00a0oz',
  'unit.ml.short': 'ml',
  'unit.floz.short': 'fl\u00a0oz',

  'pause.heading': 'Pause',
  'pause.running': 'Reminders are on.',
  'pause.until': 'Paused until {time}.',
  'pause.indefinitely': 'Paused until you resume.',
  'pause.for30': '30\u00a0min',
  'pause.for60': '1 hour',
  'pause.tomorrow': 'Until tomorrow',
  'pause.resume': 'Resume',

  'prefs.title': 'Preferences',
  'prefs.general': 'General',
  'prefs.advanced': 'Advanced',
  'prefs.restore': 'Restore defaults',
  'prefs.restored': 'Defaults restored.',
  'prefs.restore.undo': 'Undo',
  'prefs.hint.minutes': '{min} to {max} minutes.',
  'prefs.move': 'Movement breaks',
  'prefs.move.enabled': 'Remind me to move',
  'prefs.move.interval': 'Movement break every',
  'prefs.move.duration': 'Movement break lasts',
  'prefs.stretch': 'Stretch breaks',
  'prefs.stretch.enabled': 'Remind me to stretch',
  'prefs.stretch.interval': 'Stretch break every',
  'prefs.stretch.duration': 'Stretch break lasts',
  'prefs.stretch.replaces': 'Stretch takes the place of a movement break within',
  'prefs.stretch.replaces.hint': 'A stretch break due this soon after a movement break comes instead of it. {min} to {max} minutes.',
  'prefs.water': 'Water',
  'prefs.units': 'Show amounts in',
  'prefs.units.ml': 'Millilitres (ml)',
  'prefs.units.floz': 'US fluid ounces (fl oz)',
  'prefs.hydrate.enabled': 'Remind me to drink',
  'prefs.hydrate.interval': 'Drink reminder every',
  'prefs.hydrate.window': 'Drink reminders between',
  'prefs.hydrate.goal': 'Daily water goal',
  'prefs.hydrate.goal.hint': '{min} to {max}.',
  'prefs.hydrate.guide': 'Suggest a goal from body weight',
  'prefs.hydrate.defaultDrink': 'A drink from a reminder counts as',
  'prefs.hydrate.defaultDrink.hint': 'What “Drank a glass” on a drink reminder logs.',
  'prefs.alerts.snooze': 'Snooze for',
  'prefs.alerts.repeatEvery': 'Repeat an unanswered reminder after',
  'prefs.alerts.maxRepeats': 'Repeats before a break counts as missed',
  'prefs.alerts.maxRepeats.hint': '{min} to {max}.',
  'prefs.alerts.busyHold': 'While you are busy, hold reminders for up to',
  'prefs.alerts.busyHold.hint': 'Busy: full screen or do not disturb. {min} to {max} minutes.',
  'prefs.presence.idle': 'Count me away after no input for',
  'prefs.presence.idle.hint': 'Away long enough counts as a natural break. {min} to {max} minutes.',
  'prefs.hours': 'Working hours',
  'prefs.hours.hint': 'Movement and stretch breaks come only within these hours; a day without hours has none. 24-hour times; 24:00 ends the day.',
  'prefs.dayStartsAt': 'A new day starts at',
  'prefs.dayStartsAt.hint': 'Today’s water and break counts start again then, and “Until tomorrow” pauses end.',
  'prefs.you': 'About you',
  'prefs.you.exercises': 'I run or exercise',
  'prefs.you.nightCramps': 'I get cramps at night',
  'prefs.you.nightCramps.hint': 'The bedtime routine is in Routines.',
  'prefs.bedtime': 'Remind me to stretch at bedtime',
  'prefs.bedtime.hint': 'Once a night, opening the bedtime routine; never while paused.',
  'prefs.bedtime.time': 'Bedtime',
  'prefs.language': 'Language',
  'prefs.language.system': 'As the system',
  'prefs.language.en': 'English',
  'prefs.language.de': 'Deutsch',
  'prefs.language.es': 'Español',
  'prefs.language.fr': 'Français',
  'prefs.breakWindowForMove': 'Open the break window for movement breaks',
  'prefs.breakWindowForMove.hint': 'Stretch breaks always open it.',
  'prefs.strict': 'Strict mode',
  'prefs.strict.hint': 'The break window offers no Skip or Snooze.',
  'prefs.alerts': 'Alerts',
  'prefs.sound': 'Play a sound with reminders',
  'prefs.system': 'System',
  'prefs.openAtLogin': 'Start Limber at login',

  'field.number.required': 'Enter a number.',
  'field.number.invalid': 'That is not a number.',
  'field.time.required': 'Enter a time as HH:MM.',
  'field.time.placeholder': 'HH:MM',
  'time.start': 'Start',
  'time.end': 'End',

  'hours.window': '{day}, hours {n}',
  'hours.remove': 'Remove {day} hours {n}',
  'hours.add': 'Add hours to {day}',
  'hours.addShort': 'Add',
  'hours.none': 'No breaks',
  'hours.copyMonday': 'Copy Monday to Tue–Fri',
  'weekday.mon': 'Monday',
  'weekday.tue': 'Tuesday',
  'weekday.wed': 'Wednesday',
  'weekday.thu': 'Thursday',
  'weekday.fri': 'Friday',
  'weekday.sat': 'Saturday',
  'weekday.sun': 'Sunday',
  'weekday.short.mon': 'Mon',
  'weekday.short.tue': 'Tue',
  'weekday.short.wed': 'Wed',
  'weekday.short.thu': 'Thu',
  'weekday.short.fri': 'Fri',
  'weekday.short.sat': 'Sat',
  'weekday.short.sun': 'Sun',

  'guide.badge': 'Guide',
  'guide.title': 'A starting point from your weight, not a prescription.',
  'guide.weight': 'Body weight',
  'guide.unit.kg': 'kg',
  'guide.unit.lb': 'lb',
  'guide.weight.hint.kg': 'In kilograms. Optional; it stays on this computer.',
  'guide.weight.hint.lb': 'In pounds. Optional; it stays on this computer.',
  'guide.range.litres': '{low}–{high} litres',
  'guide.range.floz': '{low}–{high}\u00a0fl\u00a0oz',
  'guide.result': 'About {range} a day from drinks.',
  'guide.capped': 'For your weight the rule of thumb would say more; Limber stops at {amount}.',
  'guide.use': 'Use {amount} as my goal',
  'guide.inUse': 'Your goal is {amount}.',
  'guide.explain': 'A rule of thumb used in clinical nutrition (not an official reference value): 30–35\u00a0ml per kg of body weight a day from all sources, of which food gives about a fifth. For comparison, EFSA’s adequate intakes, food included, are 2.0\u00a0L a day for women and 2.5\u00a0L for men. Heat and exercise raise the need; if a doctor limits your fluids, follow their advice.',
  'guide.tooMuch': 'Limber never suggests more than {amount} a day. More is not safer: drinking far more than you need can dilute the salt in your blood (hyponatraemia).',
  'guide.source': 'Source: EFSA (2010), “{title}”, {citation}.',

  'setup.count': 'Step {n} of {total}',
  'setup.back': 'Back',
  'setup.next': 'Next',
  'setup.finish': 'Finish',
  'setup.skip': 'Skip setup',
  'setup.yes': 'Yes',
  'setup.no': 'No',
  'setup.water.title': 'Your water goal',
  'setup.water.intro': 'Limber reminds you to move, stretch and drink through the day. First, your daily water goal.',
  'setup.body.title': 'Exercise and night cramps',
  'setup.body.exercises': 'Do you run or exercise?',
  'setup.body.exercises.yes': 'Stretching routines are in Routines, and cramp relief is one click away in the tray.',
  'setup.body.nightCramps': 'Do you get cramps at night?',
  'setup.body.nightCramps.yes': 'The bedtime routine in Routines is a few minutes of calf and hamstring stretching before sleep, which helps some people.',
  'setup.body.bedtime': 'Remind me at bedtime ({time})',
  'setup.tray.title': 'Limber lives in the tray',
  'setup.tray.lives': 'Look for Limber’s icon in the system tray (the menu bar on a Mac). It runs there quietly all day.',
  'setup.tray.menu': 'Click the icon for its menu:',
  'setup.tray.menu.next': 'when your next break is, and Take a break now',
  'setup.tray.menu.drink': 'Log a drink: a glass, a bottle or another amount',
  'setup.tray.menu.relief': 'Cramp relief for a muscle, and stretching routines',
  'setup.tray.menu.pause': 'Pause, Preferences and Quit',
  'setup.tray.menu.open': 'Open Limber, for this window',
  'setup.tray.close': 'Closing this window keeps Limber running. To stop it, choose Quit in the tray menu.',

  'notices.heading': 'Notices',
  'notice.dismiss': 'Dismiss',
  'notice.settingsRecovered': 'Your settings file could not be read, so Limber started with default settings. The old file was kept at {detail}.',
  'notice.idleUnreliable': 'This desktop session does not report idle time, so Limber cannot notice when you step away. Natural breaks will not be counted; lock the screen when you leave.',
  'notice.notificationsUnsupported': 'Desktop notifications are not available on this system, so Limber cannot show reminder pop-ups.',
  'notice.historyImported': 'Records imported into your history: {count}.',

  'break.title.move': 'Time to move',
  'break.title.stretch': 'Stretch break',
  'break.due': 'Due now · {minutes}\u00a0min',
  'break.attempt': 'Reminder {attempt} of {total}',
  'break.endsIn': 'Ends in',
  'break.start': 'Start',
  'break.snooze': 'Snooze {minutes}\u00a0min',
  'break.skip': 'Skip',
  'break.choices': 'Answer the break',
  'break.emergency': 'Emergency: hold to skip',
  'break.emergency.hint': 'Press and hold for two seconds to skip this break. It is logged as skipped.',

  // Routines, the guided player, cramp relief, Learn and Sources.
  'routines.title': 'Routines',
  'routines.heading': 'Routines',
  'routines.start': 'Start',
  'routines.stretchCount': '{count} stretches',
  'routines.stretchCount.one': '1 stretch',
  'routines.library': 'Stretch library',
  'routines.library.hint': 'Choose a stretch to be guided through it.',
  'routines.hold': 'Hold {seconds}\u00a0s',
  'routines.holdEachSide': 'Hold {seconds}\u00a0s each side',
  'routines.moveFor': '{seconds}\u00a0s',
  'routines.kind.move': 'Move',
  'routines.kind.stretch': 'Stretch',
  'routines.kind.warmup': 'Warm-up',
  'routines.kind.cooldown': 'Cool-down',
  'routines.kind.bedtime': 'Bedtime',
  'routines.kind.relief': 'Cramp relief practice',

  'area.neck': 'Neck',
  'area.shoulders': 'Shoulders',
  'area.wristFlexors': 'Wrists and forearms',
  'area.wristExtensors': 'Back of the forearm',
  'area.lowerBack': 'Lower back',
  'area.hipFlexor': 'Front of the hip',
  'area.glutes': 'Buttocks',
  'area.quadriceps': 'Front of the thigh',
  'area.hamstring': 'Back of the thigh',
  'area.wholeLeg': 'Whole leg',
  'area.calf': 'Calves',
  'area.soleus': 'Deep calf',
  'area.ankle': 'Ankles',
  'area.foot': 'Feet',

  'player.position': 'Stretch {current} of {total}',
  'player.side.first': 'One side',
  'player.side.second': 'Now the other side',
  'player.side.both': 'Both sides together',
  'player.side.dynamic': 'Keep moving gently',
  'player.hold': 'Hold',
  'player.keepGoing': 'Keep going',
  'player.pausedShort': 'Paused',
  'player.paused': 'Paused.',
  'player.pause': 'Pause',
  'player.resume': 'Resume',
  'player.previous': 'Previous',
  'player.next': 'Next',
  'player.controls': 'Player controls',
  'player.leave': 'Leave the routine',
  'player.sound': 'Sound cues',
  'player.cautions': 'Take care',
  'player.keys': 'Space pauses · ← → previous and next · Esc leaves',
  'player.announce.hold': '{name}. {side}: hold for {seconds} seconds.',
  'player.announce.dynamic': '{name}. {side} for {seconds} seconds.',
  'player.complete': 'Routine complete',
  'player.completeText': 'Well done. Take a moment and notice how your muscles feel.',
  'player.done': 'Done',
  'player.again': 'Start again',

  'breathing.label': 'Paced breathing: breathe in for 4 seconds, out for 6.',
  'breathing.in': 'Breathe in',
  'breathing.out': 'Breathe out',

  'evidence.strong': 'Strong evidence',
  'evidence.mixed': 'Mixed evidence',
  'evidence.weak': 'Weak evidence',
  'evidence.expert': 'Expert opinion',
  'evidence.why': '(why this rating)',

  'source.label': 'Source:',
  'source.labelPlural': 'Sources:',
  'source.opensExternally': '(opens in your browser)',

  'relief.title': 'Cramp relief',
  'relief.choose': 'Where is the cramp?',
  'relief.muscle.calf': 'Calf',
  'relief.muscle.foot': 'Foot',
  'relief.muscle.hamstring': 'Back of the thigh (hamstring)',
  'relief.muscle.quadriceps': 'Front of the thigh (quadriceps)',
  'relief.muscle.hand': 'Hand or forearm',
  'relief.other': 'Another muscle',
  'relief.now': 'Right now',
  'relief.afterwards': 'Afterwards: ice or heat',
  'relief.logCramp': 'Log this cramp',
  'relief.doctor': 'When to see a doctor',
  'relief.holdStart': 'Start: hold until it lets go',
  'relief.hold.step': 'Stretch {n} of {total}',
  'relief.hold.cramped': 'Only the cramped side. Hold gently until the cramp lets go; breathe slowly.',
  'relief.hold.timer': 'Holding {time}',
  'relief.hold.letGo': 'It let go',
  'relief.hold.long': 'It has lasted over 10 minutes: get urgent medical advice.',
  'relief.hold.released': 'It let go after {time}.',
  'relief.hold.next': 'If it tightens again: next stretch',
  'relief.hold.done': 'Next: as it eases',
  'relief.hold.leave': 'Back to the guide',
  'relief.warnings': 'Get help first if you notice',
  'relief.easing': 'As it eases',

  'learn.title': 'Cramps in two minutes',
  'learn.allSources': 'All sources ({count})',

  'sources.title': 'Sources',
  'sources.back': 'Back to Learn',
  'sources.intro': 'Every stretch, routine and piece of advice in Limber cites one of these.',
  'sources.kind.systematicReview': 'Systematic review',
  'sources.kind.trial': 'Trial',
  'sources.kind.guideline': 'Guideline',
  'sources.kind.positionStand': 'Position stand',
  'sources.kind.healthInformation': 'Health information',
  'sources.kind.regulator': 'Regulator',
  'sources.kind.review': 'Review',

  // The workout planner, the cramp diary, History with its insights, export and import.
  'nav.planner': 'Planner',
  'nav.diary': 'Diary',
  'nav.history': 'History',
  'nav.more': 'More',
  'nav.more.showing': ', showing {view}',

  'unit.litres': '{amount}\u00a0L',
  'unit.hours': '{amount}\u00a0h',

  'workout.kind.run': 'Run',
  'workout.kind.cycle': 'Cycle',
  'workout.kind.gym': 'Gym',
  'workout.kind.swim': 'Swim',
  'workout.kind.other': 'Other',
  'workout.intensity.easy': 'Easy',
  'workout.intensity.moderate': 'Moderate',
  'workout.intensity.hard': 'Hard',

  'occasion.prehydrate': 'Drink ahead',
  'occasion.mealCutoff': 'Last meal before it',
  'occasion.warmup': 'Warm up',
  'occasion.cooldown': 'Cool down',
  'occasion.rehydrate': 'Rehydrate',
  'occasion.bedtime': 'Bedtime stretch',

  'planner.title': 'Workout planner',
  'planner.water.raised': 'Today’s water goal is {goal}: {extra} more for today’s workouts.',
  'planner.water.plain': 'On a day with a workout, your water goal rises to match it.',
  'planner.list': 'Planned workouts',
  'planner.empty': 'Nothing planned yet. Add a workout and Limber reminds you to drink ahead, warm up, cool down and rehydrate.',
  'planner.add': 'Add a workout',
  'planner.edit': 'Edit',
  'planner.delete': 'Delete',
  'planner.name': '{kind}, {minutes}\u00a0min',
  'planner.weekly': '{days} at {time}',
  'planner.everyDay': 'Every day at {time}',
  'planner.once': 'Once: {date} at {time}',
  'planner.hotShort': 'hot or sweaty',
  'planner.reminders': 'Reminders for the next one',
  'planner.reminders.later': 'Its reminders show here from a day before.',
  'planner.tomorrowAt': 'Tomorrow {time}',
  'planner.bedtime': 'Bedtime stretch reminder at {time}.',
  'planner.form.new': 'New workout',
  'planner.form.edit': 'Edit workout',
  'planner.kind': 'Kind',
  'planner.repeat': 'When',
  'planner.repeat.weekly': 'Every week',
  'planner.repeat.once': 'Once',
  'planner.days': 'Days',
  'planner.time': 'Start time',
  'planner.at': 'Date and start time',
  'planner.at.past': 'Choose a time still to come.',
  'planner.minutes': 'Duration',
  'planner.minutes.hint': '5 to 600 minutes.',
  'planner.intensity': 'Intensity',
  'planner.hot': 'Hot or very sweaty',
  'planner.hot.hint': 'More water before, and electrolytes after.',
  'planner.save': 'Save workout',
  'planner.cancel': 'Cancel',
  'planner.saved': 'Saved: {workout}.',
  'planner.deleted': 'Deleted: {workout}.',

  'muscle.calf': 'Calf',
  'muscle.foot': 'Foot',
  'muscle.hamstring': 'Back of the thigh',
  'muscle.quadriceps': 'Front of the thigh',
  'muscle.hand': 'Hand or forearm',
  'muscle.other': 'Other muscle',
  'context.exercise': 'Running or exercise',
  'context.night': 'In bed at night',
  'context.desk': 'At a desk',
  'context.other': 'Something else',

  'diary.title': 'Cramp diary',
  'diary.log': 'Log a cramp',
  'diary.muscle': 'Muscle',
  'diary.when': 'When',
  'diary.when.now': 'Just now',
  'diary.when.earlier': 'Earlier',
  'diary.when.at': 'Date and time',
  'diary.when.required': 'Enter a date and time.',
  'diary.when.future': 'Choose a time that has already passed.',
  'diary.context': 'What were you doing?',
  'diary.severity': 'How bad was it?',
  'diary.severity.hint': '1 is mild, 5 is severe.',
  'diary.duration': 'How long it lasted',
  'diary.more': 'How long, and a note',
  'diary.note': 'Note',
  'diary.note.hint': 'Optional; up to 500 characters.',
  'diary.submit': 'Log cramp',
  'diary.logged': 'Logged a {muscle} cramp at {time}.',
  'diary.recent': 'Recent cramps',
  'diary.recent.none': 'No cramps logged in the last 90 days.',
  'diary.today': 'Today',
  'diary.entry': '{muscle}, {when}',
  'diary.entry.severity': 'severity {severity} of 5',
  'diary.delete': 'Delete',
  'diary.deleted': 'Deleted: {cramp}.',

  'history.title': 'History',
  'history.range': 'Days to show',
  'history.range.7': '7 days',
  'history.range.30': '30 days',
  'history.range.90': '90 days',
  'history.empty': 'Nothing was recorded in these days.',

  'insights.title': 'Patterns in your cramps',
  'insights.needs.both': '{cramps} and {days} to see patterns.',
  'insights.needs.only': '{what} to see patterns.',
  'insights.needs.cramps': 'Log {count} more cramps',
  'insights.needs.cramps.one': 'Log 1 more cramp',
  'insights.needs.days': 'use Limber for {count} more days',
  'insights.needs.days.one': 'use Limber for 1 more day',
  'insights.needs.daysFirst': 'Use Limber for {count} more days',
  'insights.needs.daysFirst.one': 'Use Limber for 1 more day',
  'insights.sofar': 'So far: {cramps} over {days}.',
  'insights.count.cramps': '{count} cramps',
  'insights.count.cramps.one': '1 cramp',
  'insights.count.days': '{count} days',
  'insights.count.days.one': '1 day',
  'insights.none': 'Nothing stands out: no one pattern is shared by most of your {count} logged cramps.',
  'insights.disclaimer': 'These are patterns in your own records, not causes: other things may lie behind them. If cramps trouble you, talk to a doctor.',
  'insight.lowWater': '{matching} of your {total} logged cramps came on days under {threshold} of water',
  'insight.lowWater.otherDays': ' (on days without a cramp you logged about {median})',
  'insight.noWarmup': '{matching} of your {total} cramps while exercising came on days without a warm-up marked as started or done',
  'insight.mealBeforeWorkout': '{matching} of your {total} cramps while exercising came on days you ate less than {minutes}\u00a0min before the workout',
  'insight.longSitting': '{matching} of your {total} night and desk cramps came on days with {minutes}\u00a0min or more sitting without a break',
  'insight.hardOrHot': '{matching} of your {total} cramps while exercising came on days with a hard or hot workout; {share} of all your workouts were hard or hot',
  'insight.unsure': ' — too few to be sure.',

  'chart.numbers': 'Show the numbers',
  'chart.col.day': 'Day',
  'chart.noRecord': 'No record',
  'chart.water.title': 'Water against your goal',
  'chart.water.summary': 'Days at goal: {met} of {recorded} with a record. On average {average} a day.',
  'chart.water.label': 'Bar chart of water logged each day against the day’s goal, last {days} days. {summary}',
  'chart.water.drunk': 'Water',
  'chart.water.goal': 'Goal',
  'chart.breaks.title': 'Movement breaks',
  'chart.breaks.summary': '{taken} taken, {natural} natural, {skipped} skipped, {missed} missed.',
  'chart.breaks.label': 'Stacked bar chart of movement breaks each day, last {days} days: {summary}',
  'chart.sitting.title': 'Longest time sitting',
  'chart.sitting.summary': 'Longest spell {longest}; on a typical day {typical}.',
  'chart.sitting.label': 'Bar chart of the longest spell sitting without a break each day, last {days} days. {summary}',
  'chart.sitting.bar': 'Longest spell',
  'chart.timeline.title': 'Workouts and cramps',
  'chart.timeline.summary': 'Workouts: {workouts}. Cramps: {cramps}.',
  'chart.timeline.label': 'Timeline of workouts and cramps, last {days} days: {summary}',
  'chart.timeline.workouts': 'Workouts',
  'chart.timeline.cramps': 'Cramps',
  'chart.timeline.workout': '{kind} {minutes}\u00a0min',
  'chart.timeline.cramp': '{muscle} ({context})',

  'exchange.title': 'Export and import',
  'exchange.hint': 'Everything Limber has recorded, as a file of your own. CSV opens in a spreadsheet; either can be imported back.',
  'exchange.csv': 'Export CSV',
  'exchange.json': 'Export JSON',
  'exchange.import': 'Import a file…',
  'exchange.import.hint': 'A CSV or JSON file exported from Limber. Records you already have are skipped.',
  'exchange.exported': 'Exported {filename}.',
  'exchange.reading': 'Reading {name}…',
  'exchange.imported': 'Imported {count} new records.',
  'exchange.imported.one': 'Imported 1 new record.',
  'exchange.imported.none': 'Imported 0 records: everything in the file was already in your history.',
  'exchange.failed': '{reason} — nothing was imported.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

export const languages = ['en', 'de', 'es', 'fr'] as const;
export type Language = (typeof languages)[number];

/**
 * A pseudo-locale for layout checks: every string accented and about 40 % longer, in brackets,
 * so clipped or overflowing text shows up in a screenshot. Reached only through `?locale=pseudo`.
 */
export function pseudo(text: string): string {
  const accents: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', A: 'Å', E: 'É', O: 'Ö', U: 'Ü' };
  let out = '';
  for (let i = 0; i < text.length; i++) {
    // Keep {placeholders} intact.
    if (text[i] === '{') {
      const end = text.indexOf('}', i);
      out += text.slice(i, end + 1);
      i = end;
      continue;
    }
    const c = text[i] as string;
    out += accents[c] ?? c;
  }
  const padding = '·'.repeat(Math.ceil(text.length * 0.4));
  return `[${out}${padding}]`;
}

const pseudoCatalogue = Object.fromEntries(Object.entries(en).map(([key, value]) => [key, pseudo(value)])) as Catalogue;
const catalogues: Record<Language | 'pseudo', Catalogue> = { en, de, es, fr, pseudo: pseudoCatalogue };

let current: Catalogue = en;
let currentLocale: Language = 'en';

/** A `?locale=` in the page's address overrides the app's language (the preview's pseudo-locale). */
function forcedLocale(): Language | 'pseudo' | null {
  const where = (globalThis as { location?: { search: string } }).location;
  if (!where) return null;
  const asked = new URLSearchParams(where.search).get('locale');
  return asked && asked in catalogues ? (asked as Language | 'pseudo') : null;
}

/** Chooses the catalogue for a language (AppState.language); English when there is none. */
export function setLocale(language: string): void {
  const chosen = forcedLocale() ?? ((languages as readonly string[]).includes(language) ? (language as Language) : 'en');
  current = catalogues[chosen];
  currentLocale = chosen === 'pseudo' ? 'en' : chosen;
}

/** The language in use, for number and date formatting that matches the words around it. */
export function locale(): Language {
  return currentLocale;
}

/**
 * The locale numbers and times are written in: the system's own when it speaks the app's language
 * (so British English keeps 24-hour times and American English gets 12-hour ones), else the
 * language's. Formats then follow the words around them.
 */
export function formatLocale(): string {
  const system = (globalThis as { navigator?: { languages?: readonly string[] } }).navigator?.languages ?? [];
  return system.find((tag) => tag.toLowerCase().split('-')[0] === currentLocale) ?? currentLocale;
}

/** A label as it reads inside a sentence: lower case, except in German, where nouns keep their capital. */
export function inSentence(label: string): string {
  return currentLocale === 'de' ? label : label.toLocaleLowerCase(currentLocale);
}

/** A message with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  // Complete by type; the English fallback only guards against a catalogue missing a key at run time.
  return (current[key] ?? en[key]).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
