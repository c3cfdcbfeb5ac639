/**
 * Small line icons drawn in the text colour (24 × 24, stroke `currentColor`). Always decorative:
 * the control that shows one carries its own text or label.
 */
export type IconName =
  | 'today'
  | 'routines'
  | 'relief'
  | 'learn'
  | 'preferences'
  | 'play'
  | 'pause'
  | 'previous'
  | 'next'
  | 'close'
  | 'soundOn'
  | 'soundOff'
  | 'back'
  | 'chevron'
  | 'planner'
  | 'diary'
  | 'history'
  | 'more'
  | 'gear'
  | 'guide';

const paths: Record<IconName, string> = {
  today: 'M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8zM12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4',
  routines: 'M12 2.8a1.9 1.9 0 1 0 0 3.8a1.9 1.9 0 1 0 0-3.8zM4.5 8.5l7.5 1.5l7.5-1.5M12 10v4.5M12 14.5l-4 6.5M12 14.5l4 6.5',
  relief: 'M7 3.5h10a3.5 3.5 0 0 1 3.5 3.5v10a3.5 3.5 0 0 1-3.5 3.5H7A3.5 3.5 0 0 1 3.5 17V7A3.5 3.5 0 0 1 7 3.5zM12 8v8M8 12h8',
  learn: 'M2.5 5.5c3.2-1.2 6.5-1 9.5 1v13c-3-2-6.3-2.2-9.5-1zM21.5 5.5c-3.2-1.2-6.5-1-9.5 1v13c3-2 6.3-2.2 9.5-1z',
  preferences: 'M4 6.5h9M17 6.5h3M4 12h3M11 12h9M4 17.5h11M19 17.5h1M15 4.5v4M9 10v4M17 15.5v4',
  play: 'M8 5.5v13l10.5-6.5z',
  pause: 'M8.5 5.5v13M15.5 5.5v13',
  previous: 'M18 6v12l-8.5-6zM6 6v12',
  next: 'M6 6v12l8.5-6zM18 6v12',
  close: 'M6.5 6.5l11 11M17.5 6.5l-11 11',
  soundOn: 'M4 9.5h3.5L12 5.5v13l-4.5-4H4zM15.5 9a4.2 4.2 0 0 1 0 6M18.2 6.5a7.8 7.8 0 0 1 0 11',
  soundOff: 'M4 9.5h3.5L12 5.5v13l-4.5-4H4zM16 9.5l5 5M21 9.5l-5 5',
  back: 'M14.5 5.5L8 12l6.5 6.5',
  chevron: 'M9.5 5.5L16 12l-6.5 6.5',
  planner: 'M5 5h14a1.5 1.5 0 0 1 1.5 1.5v12A1.5 1.5 0 0 1 19 20H5a1.5 1.5 0 0 1-1.5-1.5v-12A1.5 1.5 0 0 1 5 5zM3.5 9.5h17M8 3v4M16 3v4M7.5 13.5h2M14.5 13.5h2M7.5 16.5h2',
  diary: 'M6.5 3.5H17a1.5 1.5 0 0 1 1.5 1.5v14a1.5 1.5 0 0 1-1.5 1.5H6.5zM4.5 7.5h4M4.5 12h4M4.5 16.5h4M11 8h4.5M11 11.5h4.5',
  history: 'M3.5 20h17M6.5 17v-6M10.5 17V6M14.5 17v-4M18.5 17V9',
  gear: 'M12 5.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM12 9.6a2.4 2.4 0 1 0 0 4.8a2.4 2.4 0 1 0 0-4.8zM12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1',
  guide: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM9.6 9.6a2.5 2.5 0 1 1 3.4 2.3c-.6.3-1 .8-1 1.5v.5M12 16.9v.1',
  more: 'M4 12a1.6 1.6 0 1 0 3.2 0a1.6 1.6 0 1 0-3.2 0zM10.4 12a1.6 1.6 0 1 0 3.2 0a1.6 1.6 0 1 0-3.2 0zM16.8 12a1.6 1.6 0 1 0 3.2 0a1.6 1.6 0 1 0-3.2 0z',
};

/** Icons drawn as filled shapes rather than outlines. */
const filled: ReadonlySet<IconName> = new Set(['play', 'previous', 'next', 'more']);

export function Icon({ name, class: className }: { name: IconName; class?: string }) {
  return (
    <svg
      class={`icon${className ? ` ${className}` : ''}`}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill={filled.has(name) ? 'currentColor' : 'none'}
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={paths[name]} />
    </svg>
  );
}
