import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { cellSegments, conceptuallyClusteredMatrix, summaryKey } from '../../../shared/display';
import { cellSummariesFromState } from '../../../shared/reduction';
import { useAppStore } from '../../store';
import { SpacerCell, SpacerRow, useGridWindow } from '../display';
import { ReductionCell, type CellStatement } from './ReductionCell';

const COLUMN_WIDTH = 240;
const ROW_HEAD_WIDTH = 200;

const stickyHead: React.CSSProperties = {
  position: 'sticky',
  top: 0,
  zIndex: 2,
  background: 'var(--mantine-color-gray-2)',
  border: '1px solid var(--mantine-color-gray-3)',
  padding: '6px 8px',
  textAlign: 'left',
  fontSize: 13,
  width: COLUMN_WIDTH,
};
const stickyFirst: React.CSSProperties = {
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

/**
 * The grid indicator × informant of one framework or dimension: the conceptually
 * clustered matrix, read as statements and summaries. The matrix is rebuilt only when the
 * coding changes; a summary edit re-renders just its cell; only the rows and columns on
 * screen are rendered.
 */
export function ReductionGrid({ rootCodeId }: { rootCodeId: string }) {
  const { t } = useTranslation('reduction');
  const locale = useAppStore((s) => s.locale);
  const state = useAppStore((s) => s.current!);
  const scrollRef = useRef<HTMLDivElement>(null);

  // Keyed by the tables the matrix reads (tables are replaced on every change, never
  // mutated), so a summary edit does not rebuild the matrix.
  const grid = useMemo(() => {
    const matrix = conceptuallyClusteredMatrix(state, { rootCodeId, locale });
    const statements: CellStatement[][][] = matrix.rows.map((_, r) =>
      matrix.columns.map((__, c) =>
        cellSegments(state, matrix, r, c).map((found) => ({
          segmentId: found.segment.id,
          text: found.segment.reduced.trim() || found.text,
          reduced: found.segment.reduced.trim() !== '',
          line: found.line,
        })),
      ),
    );
    return { matrix, statements };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rootCodeId, locale, state.codes, state.segments, state.documents, state.informants]);
  const summaries = cellSummariesFromState(state);
  const { matrix, statements } = grid;
  const view = useGridWindow(scrollRef, { rows: matrix.rows.length, columns: matrix.columns.length, rowHeight: 160, columnWidth: COLUMN_WIDTH });

  return (
    <div ref={scrollRef} style={{ overflow: 'auto', flex: 1, minHeight: 0, border: '1px solid var(--mantine-color-gray-3)' }} data-testid="reduction-grid">
      <table style={{ borderCollapse: 'collapse', tableLayout: 'fixed', width: ROW_HEAD_WIDTH + view.totalWidth }}>
        <thead>
          <tr>
            <th style={{ ...stickyHead, left: 0, zIndex: 3, width: ROW_HEAD_WIDTH }}>{t('indicator')}</th>
            <SpacerCell width={view.left} header />
            {view.columns.map(({ index }) => {
              const column = matrix.columns[index]!;
              return (
                <th key={column.key} style={stickyHead} data-testid={`reduction-column-${column.key}`}>
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
              <tr key={row.codeId} ref={view.measureRow} data-index={r} data-testid={`reduction-row-${row.codeId}`}>
                <th
                  scope="row"
                  data-testid={`reduction-indicator-${row.codeId}`}
                  style={{ ...stickyFirst, paddingLeft: 8 + row.depth * 14, fontWeight: row.depth === 0 ? 700 : 500 }}
                >
                  {row.label}
                </th>
                <SpacerCell width={view.left} />
                {view.columns.map(({ index: c }) => {
                  const column = matrix.columns[c]!;
                  const informantId = column.informantIds.length === 1 && column.informantIds[0] === column.key ? column.key : null;
                  return (
                    <ReductionCell
                      key={column.key}
                      codeId={row.codeId}
                      informantId={informantId}
                      statements={statements[r]![c]!}
                      summary={informantId ? (summaries[summaryKey(row.codeId, informantId)] ?? '') : ''}
                      label={t('summaryOf', { indicator: row.label, informant: column.label })}
                    />
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
