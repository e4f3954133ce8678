/** The app's mark: an easel-like "A" on the accent colour. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" className="logo-mark">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <path d="M9.5 23.5 16 8l6.5 15.5M12 17.5h8" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="23.5" cy="9" r="2" fill="#fff" opacity="0.85" />
    </svg>
  );
}
