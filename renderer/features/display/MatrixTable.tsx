import { useRef, type CSSProperties, type ReactNode } from 'react';
import type { DisplayCell, DisplayMatrix } from '../../../shared/display';
import { SpacerCell, SpacerRow } from './Spacer';
import { useGridWindow } from './use-grid-window';

const ROW_HEAD_WIDTH = 220;

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
  width: ROW_HEAD_WIDTH,
};
export const bodyCell: CSSProperties = {
  border: '1px solid var(--mantine-color-gray-3)',
  padding: 6,
  verticalAlign: 'top',
  fontSize: 12,
  lineHeight: 1.4,
  cursor: 'pointer',
  overflowWrap: 'anywhere',
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
  /** Width of every column, and a first guess at a row's height (rows are measured). */
  columnWidth: number;
  rowHeight: number;
}

/**
 * A display matrix as a table with sticky headers, every cell clickable (and reachable by
 * keyboard) through to the segments behind it. Only the rows and columns on screen are rendered.
 */
export function MatrixTable({ matrix, corner, renderCell, cellStyle, onOpen, cellLabel, columnWidth, rowHeight }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const view = useGridWindow(scrollRef, { rows: matrix.rows.length, columns: matrix.columns.length, rowHeight, columnWidth });
  return (
    <div ref={scrollRef} style={{ overflow: 'auto', flex: 1, minHeight: 0, border: '1px solid var(--mantine-color-gray-3)' }} data-testid="display-matrix">
      <table style={{ borderCollapse: 'collapse', tableLayout: 'fixed', width: ROW_HEAD_WIDTH + view.totalWidth }}>
        <thead>
          <tr>
            <th style={{ ...headCell, left: 0, zIndex: 3, width: ROW_HEAD_WIDTH }}>{corner}</th>
            <SpacerCell width={view.left} header />
            {view.columns.map(({ index }) => {
              const column = matrix.columns[index]!;
              return (
                <th key={column.key} style={{ ...headCell, width: columnWidth, paddingLeft: 8 + (column.depth ?? 0) * 8 }} data-testid={`display-column-${column.key}`}>
                  {column.label}
                </th>
              );
            })}
            <SpacerCell width={view.right} header />
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={view.top} />
          {view.rows.map(({ index: r }) => {
            const row = matrix.rows[r]!;
            return (
              <tr key={row.codeId} ref={view.measureRow} data-index={r}>
                <th
                  scope="row"
                  data-testid={`display-row-${row.codeId}`}
                  style={{ ...rowHead, paddingLeft: 8 + row.depth * 14, fontWeight: row.depth === 0 ? 700 : 500 }}
                >
                  {row.label}
                </th>
                <SpacerCell width={view.left} />
                {view.columns.map(({ index: c }) => {
                  const cell = matrix.cells[r]![c]!;
                  const key = matrix.columns[c]!.key;
                  return (
                    <td
                      key={key}
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
                      data-testid={`display-cell-${row.codeId}-${key}`}
                    >
                      {renderCell(cell, r, c)}
                    </td>
                  );
                })}
                <SpacerCell width={view.right} />
              </tr>
            );
          })}
          <SpacerRow height={view.bottom} />
        </tbody>
      </table>
    </div>
  );
}
