/** Small inline icons. Decorative: hidden from assistive technology, the surrounding text names the action. */
import type { ComponentChildren } from 'preact';

function Icon({ children, size = 16 }: { children: ComponentChildren; size?: number }) {
  return (
    <svg
      class="icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      stroke-width="1.5"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** The Sourcelight mark: a speech bubble with a beam of light. */
export function LogoIcon({ size = 20 }: { size?: number }) {
  return (
    <svg class="logo" width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M3 4.5A2.5 2.5 0 0 1 5.5 2h9A2.5 2.5 0 0 1 17 4.5v6a2.5 2.5 0 0 1-2.5 2.5H9l-4 4v-4h0.5A2.5 2.5 0 0 1 3 10.5z" fill="var(--accent)" />
      <path d="M7 6.2h6M7 9h4" stroke="var(--accent-contrast)" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}

export const SettingsIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="2.2" />
    <path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" />
  </Icon>
);

export const SearchIcon = () => (
  <Icon>
    <circle cx="7" cy="7" r="4.5" />
    <path d="M10.5 10.5 14 14" />
  </Icon>
);

export const CopyIcon = () => (
  <Icon>
    <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
    <path d="M10.5 5.5v-2A1.5 1.5 0 0 0 9 2H4a1.5 1.5 0 0 0-1.5 1.5V9A1.5 1.5 0 0 0 4 10.5h1.5" />
  </Icon>
);

export const DownloadIcon = () => (
  <Icon>
    <path d="M8 2.5v8M4.5 7 8 10.5 11.5 7M3 13.5h10" />
  </Icon>
);

export const StepIcon = () => (
  <Icon size={14}>
    <path d="M4 6l4 4 4-4" />
  </Icon>
);

export const InfoIcon = () => (
  <Icon size={28}>
    <circle cx="8" cy="8" r="6.5" />
    <path d="M8 7.2v3.8M8 5v.01" />
  </Icon>
);

/** A window with a panel on its side: opens Sourcelight beside the page. */
export const PanelIcon = () => (
  <Icon>
    <rect x="2" y="3" width="12" height="10" rx="1.5" />
    <path d="M10 3v10" />
  </Icon>
);
