import { memo, type CSSProperties, type ReactNode } from 'react';
import type { DisplayCell, DisplayMatrix } from '../../../shared/display';

export const headCell: CSSProperties = {
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
export const rowHead: CSSProperties = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--mantine-color-gray-0)',
  border: '1px solid var(--mantine-color-gray-3)',
  padding: '6px 8px',
  verticalAlign: 'top',
  textAlign: 'left',
  fontSize: 13,
  minWidth: 180,
  maxWidth: 260,
};
export const bodyCell: CSSProperties = {
  border: '1px solid var(--mantine-color-gray-3)',
  padding: 6,
  verticalAlign: 'top',
  fontSize: 12,
  lineHeight: 1.4,
  cursor: 'pointer',
  minWidth: 140,
  maxWidth: 320,
  background: 'var(--mantine-color-white)',
};

interface Props {
  matrix: DisplayMatrix;
  /** The header of the row labels' column. */
  corner: string;
  renderCell(cell: DisplayCell, row: number, column: number): ReactNode;
  /** Extra style of a cell (the heat map's colour). */
  cellStyle?(cell: DisplayCell): CSSProperties | undefined;
  /** Opens the segments behind a cell. */
  onOpen(row: number, column: number): void;
  /** A label for each cell, for screen readers and the cell's tooltip. */
  cellLabel(row: number, column: number): string;
}

/**
 * A display matrix as a table with sticky headers, every cell clickable (and reachable by
 * keyboard) through to the segments behind it.
 */
export const MatrixTable = memo(function MatrixTable({ matrix, corner, renderCell, cellStyle, onOpen, cellLabel }: Props) {
  return (
    <div style={{ overflow: 'auto', flex: 1, minHeight: 0, border: '1px solid var(--mantine-color-gray-3)' }} data-testid="display-matrix">
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={{ ...headCell, left: 0, zIndex: 3 }}>{corner}</th>
            {matrix.columns.map((column) => (
              <th key={column.key} style={{ ...headCell, paddingLeft: 8 + (column.depth ?? 0) * 8 }} data-testid={`display-column-${column.key}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => (
            <tr key={row.codeId}>
              <th scope="row" data-testid={`display-row-${row.codeId}`} style={{ ...rowHead, paddingLeft: 8 + row.depth * 14, fontWeight: row.depth === 0 ? 700 : 500 }}>
                {row.label}
              </th>
              {matrix.cells[r]!.map((cell, c) => (
                <td
                  key={matrix.columns[c]!.key}
                  role="button"
                  tabIndex={0}
                  aria-label={cellLabel(r, c)}
                  title={cellLabel(r, c)}
                  style={{ ...bodyCell, ...cellStyle?.(cell) }}
                  onClick={() => onOpen(r, c)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' || event.key === ' ') {
                      event.preventDefault();
                      onOpen(r, c);
                    }
                  }}
                  data-testid={`display-cell-${row.codeId}-${matrix.columns[c]!.key}`}
                >
                  {renderCell(cell, r, c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
