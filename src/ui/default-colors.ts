/** The UI's own colors in its light and dark schemes (ui/styles.ts), which a tenant's `theme` replaces. */
export const DEFAULT_COLORS = {
  light: { primary: '#1f4fd1', onPrimary: '#ffffff', background: '#ffffff', text: '#1c1e24' },
  dark: { primary: '#9cb8ff', onPrimary: '#000000', background: '#1c1e24', text: '#eceef3' },
} as const;
