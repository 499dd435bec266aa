import type { CSSProperties } from 'react';

/** A column header of a grid: stays on top while the grid scrolls down. */
export const gridHeadCell: CSSProperties = {
  position: 'sticky',
  top: 0,
  zIndex: 2,
  background: 'var(--mantine-color-gray-2)',
  border: '1px solid var(--mantine-color-gray-3)',
  padding: '6px 8px',
  textAlign: 'left',
  fontSize: 13,
  verticalAlign: 'bottom',
};

/** A row header of a grid (a code): stays on the left while the grid scrolls sideways. */
export const gridRowHead: CSSProperties = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--mantine-color-gray-0)',
  border: '1px solid var(--mantine-color-gray-3)',
  padding: '6px 8px',
  verticalAlign: 'top',
  textAlign: 'left',
  fontSize: 13,
};
