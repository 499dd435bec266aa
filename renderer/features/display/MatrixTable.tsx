import type { CSSProperties, ReactNode } from 'react';
import type { DisplayCell, DisplayMatrix } from '../../../shared/display';
import { gridHeadCell, gridRowHead, VirtualGrid } from '../../components';

const ROW_HEAD_WIDTH = 220;

// The triangulation table is drawn in the same style, without windowing.
export const headCell = gridHeadCell;
export const rowHead: CSSProperties = { ...gridRowHead, width: ROW_HEAD_WIDTH };
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

/**
 * The triangulation tables' own border model: separate borders without spacing, each cell
 * drawing only its right and bottom edge (`seam`), so pinned cells carry their borders and
 * background with them and nothing scrolling beneath shows through (collapsed borders belong
 * to the table and scroll away from sticky cells).
 */
export const pinnedTable: CSSProperties = { borderCollapse: 'separate', borderSpacing: 0 };
export const seam: CSSProperties = { borderTop: 0, borderLeft: 0 };
/** The indicator column of the triangulation tables: room for a two-word name per line. */
export const indicatorHead: CSSProperties = { ...rowHead, minWidth: 180, borderTop: 0, borderLeft: 0 };

/** Width of the verdict and note columns of the triangulation tables, which stay on the right. */
export const VERDICT_WIDTH = 180;
export const NOTE_WIDTH = 230;

/**
 * A verdict or note column of a triangulation table: pinned to the right edge (the verdict
 * just left of the note) while the source or technique columns scroll sideways beneath, so
 * however many sources a study has, the student judges each row with its indicator and
 * its verdict and note in view. `header` also keeps it on top while the table scrolls down.
 */
export function pinnedRight(column: 'verdict' | 'note', header = false): CSSProperties {
  const width = column === 'verdict' ? VERDICT_WIDTH : NOTE_WIDTH;
  return {
    position: 'sticky',
    right: column === 'verdict' ? NOTE_WIDTH : 0,
    zIndex: header ? 3 : 1,
    width,
    minWidth: width,
    maxWidth: width,
    boxSizing: 'border-box',
    // A shade on the pinned block's left edge says that columns pass beneath it.
    ...(column === 'verdict' ? { boxShadow: '-4px 0 6px -4px rgba(0, 0, 0, 0.25)' } : {}),
  };
}

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
  return (
    <VirtualGrid
      rows={matrix.rows}
      columns={matrix.columns}
      corner={corner}
      rowHeadWidth={ROW_HEAD_WIDTH}
      columnWidth={columnWidth}
      rowHeight={rowHeight}
      testIds={{ grid: 'display-matrix', column: 'display-column-', rowHead: 'display-row-' }}
      renderCell={(r, c) => {
        const cell = matrix.cells[r]![c]!;
        return (
          <td
            role="button"
            tabIndex={0}
            title={cellLabel(r, c)}
            style={{ ...bodyCell, ...cellStyle?.(cell) }}
            onClick={() => onOpen(r, c)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onOpen(r, c);
              }
            }}
            data-testid={`display-cell-${matrix.rows[r]!.codeId}-${matrix.columns[c]!.key}`}
          >
            {renderCell(cell, r, c)}
          </td>
        );
      }}
    />
  );
}
