import { createTheme } from '@mantine/core';

/** A calm desktop look: system fonts, one sober accent, small radii. */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif',
  headings: { fontWeight: '600' },
});
