/** Simple line icons drawn inline (no icon font, no extra request). Always shown next to a text label. */
const paths = {
  receive: 'M4 4h16v10h-5l-1.5 2h-3L9 14H4z M12 2v8 M8.5 6.5 12 10l3.5-3.5 M4 14v6h16v-6',
  diagnose: 'M10.5 3a7.5 7.5 0 1 0 0 15 7.5 7.5 0 0 0 0-15z M16 16l5 5 M7 10.5h2l1-2 2 4 1-2h1',
  erase: 'M14.5 4.5l5 5-9 9H6l-2.5-2.5a1.5 1.5 0 0 1 0-2z M9 10l5 5 M10.5 18.5H20',
  label: 'M3 12V4h8l10 10-8 8z M7.5 8.5h.01',
  computer: 'M3 4h18v12H3z M8 20h8 M12 16v4',
  calendar: 'M4 5h16v15H4z M4 10h16 M8 3v4 M16 3v4',
  help: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14 M12 17.5h.01',
  people:
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z M2.5 20a6.5 6.5 0 0 1 13 0 M16 4.5a3.5 3.5 0 0 1 0 6.5 M18 14a6 6 0 0 1 3.5 6',
  building: 'M4 21V5l8-3 8 3v16 M9 21v-5h6v5 M8 8h.01 M12 8h.01 M16 8h.01 M8 12h.01 M12 12h.01 M16 12h.01 M2 21h20',
  list: 'M8 6h13 M8 12h13 M8 18h13 M3.5 6h.01 M3.5 12h.01 M3.5 18h.01',
  gift: 'M3 8h18v4H3z M5 12v9h14v-9 M12 8v13 M12 8C10 4 7 4 7 6s3 2 5 2c2 0 5 0 5-2s-3-2-5 2',
  school: 'M3 10l9-5 9 5-9 5z M7 12v5c3 2 7 2 10 0v-5 M21 10v6',
  vote: 'M4 13l4 4 12-12 M4 21h16',
  settings:
    'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z M12 2v3 M12 19v3 M2 12h3 M19 12h3 M4.9 4.9l2.1 2.1 M17 17l2.1 2.1 M4.9 19.1 7 17 M17 7l2.1-2.1',
  scan: 'M3 7V3h4 M17 3h4v4 M21 17v4h-4 M7 21H3v-4 M7 8v8 M10 8v8 M13 8v8 M16 8v8',
  ok: 'M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 0 0 0-19z M7.5 12.5l3 3 6-6.5',
  fail: 'M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 0 0 0-19z M8.5 8.5l7 7 M15.5 8.5l-7 7',
  info: 'M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 0 0 0-19z M12 11v6 M12 7.5h.01',
  warning: 'M12 3 2 20h20z M12 10v4.5 M12 17.5h.01',
  undo: 'M9 14 4 9l5-5 M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  repair: 'M14.5 6.5a4 4 0 0 0 5 5L21 13l-8 8-3-3 8-8-1.5-1.5a4 4 0 0 0-5-5l3 3-2 2z M3 21l6-6',
  image: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M12 9.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z',
  checklist: 'M9 6h12 M9 12h12 M9 18h12 M3 6l1.5 1.5L7 5 M3 12l1.5 1.5L7 11 M3 18l1.5 1.5L7 17',
  ready: 'M3 8l9-5 9 5v8l-9 5-9-5z M3 8l9 5 9-5 M12 13v8 M8 14.5l2 2 3.5-3.5',
  print: 'M6 9V3h12v6 M6 18H4a1 1 0 0 1-1-1v-6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v6a1 1 0 0 1-1 1h-2 M6 14h12v7H6z',
  parts: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z M12 2v3 M12 19v3 M2 12h3 M19 12h3 M5 5l2 2 M17 17l2 2 M5 19l2-2 M17 7l2-2',
  recycle: 'M7 19H4.5L8 13 M17 19h2.5L16 13 M9.5 5.5 12 2l2.5 3.5 M8 13l-3-1 M16 13l3-1 M7 19h10 M12 2l4 7 M12 2 8 9',
  upload: 'M12 16V4 M7 9l5-5 5 5 M4 15v5h16v-5',
  download: 'M12 4v12 M7 11l5 5 5-5 M4 15v5h16v-5',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 24 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
