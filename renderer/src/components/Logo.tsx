/** Gantry's mark: a gantry frame lifting a container. */
export function LogoMark({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="fill-accent" />
      <path
        d="M7 25V9.5A1.5 1.5 0 0 1 8.5 8h15A1.5 1.5 0 0 1 25 9.5V25"
        fill="none"
        stroke="#fff"
        strokeWidth="2.6"
        strokeLinecap="round"
      />
      <path d="M16 8v5" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
      <rect x="11.5" y="13" width="9" height="7" rx="1.5" fill="#fff" />
    </svg>
  );
}
