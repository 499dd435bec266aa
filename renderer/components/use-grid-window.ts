/**
 * Only the part of a large grid that is on screen is rendered: 30 informants × 40 codes
 * with their statements and summaries would otherwise mount tens of thousands of elements.
 * Rows are measured as they render (their height depends on the text); columns have a
 * fixed width. Cells outside the window are replaced by spacers of the same size.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';

export interface GridWindow {
  rows: { index: number; key: React.Key }[];
  columns: { index: number; key: React.Key }[];
  /** Space before and after the rendered rows and columns, in pixels. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Every column's width, the row headers' excluded. */
  totalWidth: number;
  measureRow(element: HTMLTableRowElement | null): void;
  /** Scrolls a cell into the middle of the view. */
  scrollTo(row: number, column: number): void;
}

export function useGridWindow(
  scrollRef: RefObject<HTMLDivElement | null>,
  size: { rows: number; columns: number; rowHeight: number; columnWidth: number },
): GridWindow {
  const rows = useVirtualizer({
    count: size.rows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => size.rowHeight,
    overscan: 4,
  });
  const columns = useVirtualizer({
    horizontal: true,
    count: size.columns,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => size.columnWidth,
    overscan: 2,
  });
  const rowItems = rows.getVirtualItems();
  const columnItems = columns.getVirtualItems();
  return {
    rows: rowItems,
    columns: columnItems,
    top: rowItems[0]?.start ?? 0,
    bottom: Math.max(0, rows.getTotalSize() - (rowItems.at(-1)?.end ?? 0)),
    left: columnItems[0]?.start ?? 0,
    right: Math.max(0, columns.getTotalSize() - (columnItems.at(-1)?.end ?? 0)),
    totalWidth: columns.getTotalSize(),
    measureRow: rows.measureElement,
    scrollTo(row, column) {
      rows.scrollToIndex(row, { align: 'center' });
      columns.scrollToIndex(column, { align: 'center' });
    },
  };
}
