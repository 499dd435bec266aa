import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellSegments, codedWith, conceptuallyClusteredMatrix, summaryKey } from '../../../shared/display';
import { cellSummariesFromState } from '../../../shared/reduction';
import { VirtualGrid } from '../../components';
import { useAppStore } from '../../store';
import { ReductionCell, type CellStatement } from './ReductionCell';

const COLUMN_WIDTH = 240;
const ROW_HEAD_WIDTH = 200;

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

  // Keyed by the tables the matrix reads (tables are replaced on every change, never
  // mutated), so a summary edit does not rebuild the matrix.
  const grid = useMemo(() => {
    const matrix = conceptuallyClusteredMatrix(state, { rootCodeId, locale });
    // A dimension's cell counts its indicators' segments; it shows only its own statements (display/counting.ts).
    const statements: CellStatement[][][] = matrix.rows.map((row, r) =>
      matrix.columns.map((__, c) =>
        cellSegments(state, matrix, r, c)
          .filter((found) => codedWith(state, found.segment.id, row.codeId))
          .map((found) => ({
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
  const wanted = useAppStore((s) => s.cellToReveal);
  const reveal = useMemo(() => {
    if (!wanted) return null;
    const row = matrix.rows.findIndex((r) => r.codeId === wanted.codeId);
    const column = matrix.columns.findIndex((c) => c.key === wanted.informantId);
    return row < 0 || column < 0 ? null : { row, column, nonce: wanted.nonce };
  }, [wanted, matrix]);

  return (
    <VirtualGrid
      rows={matrix.rows}
      columns={matrix.columns}
      corner={t('indicator')}
      rowHeadWidth={ROW_HEAD_WIDTH}
      columnWidth={COLUMN_WIDTH}
      rowHeight={160}
      testIds={{ grid: 'reduction-grid', column: 'reduction-column-', rowHead: 'reduction-indicator-', row: 'reduction-row-' }}
      reveal={reveal}
      renderCell={(r, c) => {
        const row = matrix.rows[r]!;
        const column = matrix.columns[c]!;
        const informantId = column.informantIds.length === 1 && column.informantIds[0] === column.key ? column.key : null;
        return (
          <ReductionCell
            codeId={row.codeId}
            informantId={informantId}
            statements={statements[r]![c]!}
            summary={informantId ? (summaries[summaryKey(row.codeId, informantId)] ?? '') : ''}
            label={t('summaryOf', { indicator: row.label, informant: column.label })}
            revealed={reveal !== null && reveal.row === r && reveal.column === c}
          />
        );
      }}
    />
  );
}
