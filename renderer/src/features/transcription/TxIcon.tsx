import { Icon, type IconName } from '../../components/Icon';

/** Icons only this screen needs, drawn like components/Icon (24-unit grid, currentColor strokes). */
const PATHS = {
  play: 'M7 4.5v15a.6.6 0 0 0 .9.5l12-7.5a.6.6 0 0 0 0-1l-12-7.5a.6.6 0 0 0-.9.5Z',
  pause: 'M8 5v14M16 5v14',
  clock: 'M22 12a10 10 0 1 1-20 0 10 10 0 0 1 20 0ZM12 7v5l3 2',
  rewind: 'M3 12a9 9 0 1 0 2.6-6.4L3 8M3 3v5h5',
  forward: 'M21 12a9 9 0 1 1-2.6-6.4L21 8M21 3v5h-5',
  users: 'M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8ZM22 21v-2a4 4 0 0 0-3-3.9M16 3.1a4 4 0 0 1 0 7.8',
  mic: 'M12 2a3 3 0 0 0-3 3v7a3 3 0 0 0 6 0V5a3 3 0 0 0-3-3ZM19 10v2a7 7 0 0 1-14 0v-2M12 19v3',
  chevronUp: 'm18 15-6-6-6 6',
  chevronDown: 'm6 9 6 6 6-6',
  fileAudio: 'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8ZM14 3v5h5M10 17v-5l4-1v5M10 17a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0ZM14 16a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0',
  folderEye: 'M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2ZM8 13s1.5-2.5 4-2.5 4 2.5 4 2.5-1.5 2.5-4 2.5S8 13 8 13Z',
  notes: 'M8 6h13M8 12h13M8 18h9M3 6h.01M3 12h.01M3 18h.01',
} as const;

export type TxIconName = keyof typeof PATHS | IconName;

export function TxIcon({ name, size = 16, className, label }: { name: TxIconName; size?: number; className?: string; label?: string }) {
  if (!(name in PATHS)) return <Icon name={name as IconName} size={size} className={className} label={label} />;
  const filled = name === 'play';
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={filled ? 1.2 : 1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      <path d={PATHS[name as keyof typeof PATHS]} />
    </svg>
  );
}
