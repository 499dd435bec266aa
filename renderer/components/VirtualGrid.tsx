import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import type { MatrixColumn, MatrixRow } from '../../shared/display';
// By path, not through the display feature's index: that index also exports the screen,
// which renders this grid.
import { SpacerCell, SpacerRow } from './Spacer';
import { useGridWindow } from './use-grid-window';
import { gridHeadCell, gridRowHead } from './grid-styles';

interface Props {
  rows: readonly MatrixRow[];
  columns: readonly MatrixColumn[];
  /** The header of the row labels' column. */
  corner: ReactNode;
  /** The cell at row `row`, column `column`: a `<td>`. */
  renderCell(row: number, column: number): ReactNode;
  rowHeadWidth: number;
  /** Width of every column, and a first guess at a row's height (rows are measured). */
  columnWidth: number;
  rowHeight: number;
  /**
   * data-testid of the grid, and prefixes (followed by the column key or the row's code id)
   * of its column headers, row headers and, when given, rows.
   */
  testIds: { grid: string; column: string; rowHead: string; row?: string };
  /** A cell to scroll into view; a new nonce scrolls again. */
  reveal?: { row: number; column: number; nonce: number } | null;
}

/**
 * A matrix of codes (rows) × columns as a table whose headers stay in view while it
 * scrolls both ways. Only the rows and columns on screen are rendered, with spacers
 * standing in for the rest, so a grid of thousands of cells stays quick.
 */
export function VirtualGrid({ rows, columns, corner, renderCell, rowHeadWidth, columnWidth, rowHeight, testIds, reveal }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const view = useGridWindow(scrollRef, { rows: rows.length, columns: columns.length, rowHeight, columnWidth });
  const { scrollTo } = view;
  useEffect(() => {
    if (reveal) scrollTo(reveal.row, reveal.column);
    // Only a new request scrolls; the view object changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal?.nonce, reveal?.row, reveal?.column]);
  return (
    <div ref={scrollRef} style={{ overflow: 'auto', flex: 1, minHeight: 0, border: '1px solid var(--mantine-color-gray-3)' }} data-testid={testIds.grid}>
      <table style={{ borderCollapse: 'collapse', tableLayout: 'fixed', width: rowHeadWidth + view.totalWidth }}>
        <thead>
          <tr>
            <th style={{ ...gridHeadCell, left: 0, zIndex: 3, width: rowHeadWidth }}>{corner}</th>
            <SpacerCell width={view.left} header />
            {view.columns.map(({ index }) => {
              const column = columns[index]!;
              return (
                <th
                  key={column.key}
                  style={{ ...gridHeadCell, width: columnWidth, paddingLeft: 8 + (column.depth ?? 0) * 8 }}
                  data-testid={`${testIds.column}${column.key}`}
                >
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
            const row = rows[r]!;
            return (
              <tr key={row.codeId} ref={view.measureRow} data-index={r} data-testid={testIds.row && `${testIds.row}${row.codeId}`}>
                <th
                  scope="row"
                  data-testid={`${testIds.rowHead}${row.codeId}`}
                  style={{ ...gridRowHead, width: rowHeadWidth, paddingLeft: 8 + row.depth * 14, fontWeight: row.depth === 0 ? 700 : 500 }}
                >
                  {row.label}
                </th>
                <SpacerCell width={view.left} />
                {view.columns.map(({ index: c }) => (
                  <Fragment key={columns[c]!.key}>{renderCell(r, c)}</Fragment>
                ))}
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
