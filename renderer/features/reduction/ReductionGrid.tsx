import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellSegments, conceptuallyClusteredMatrix } from '../../../shared/display';
import { cellSummariesFromState } from '../../../shared/reduction';
import { summaryKey } from '../../../shared/display';
import { useAppStore } from '../../store';
import { ReductionCell, type CellStatement } from './ReductionCell';

const stickyHead: React.CSSProperties = {
  position: 'sticky',
  top: 0,
  zIndex: 2,
  background: 'var(--mantine-color-gray-2)',
  border: '1px solid var(--mantine-color-gray-3)',
  padding: '6px 8px',
  textAlign: 'left',
  fontSize: 13,
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
  minWidth: 180,
  maxWidth: 240,
};

/**
 * The grid indicator × informant of one framework or dimension: the conceptually
 * clustered matrix, read as statements and summaries. The matrix is rebuilt only when the
 * coding changes; a summary edit re-renders just its cell.
 */
export function ReductionGrid({ rootCodeId }: { rootCodeId: string }) {
  const { t } = useTranslation('reduction');
  const locale = useAppStore((s) => s.locale);
  const state = useAppStore((s) => s.current!);

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

  return (
    <div style={{ overflow: 'auto', flex: 1, minHeight: 0, border: '1px solid var(--mantine-color-gray-3)' }} data-testid="reduction-grid">
      <table style={{ borderCollapse: 'collapse', tableLayout: 'auto' }}>
        <thead>
          <tr>
            <th style={{ ...stickyHead, left: 0, zIndex: 3 }}>{t('indicator')}</th>
            {matrix.columns.map((column) => (
              <th key={column.key} style={stickyHead} data-testid={`reduction-column-${column.key}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => (
            <tr key={row.codeId} data-testid={`reduction-row-${row.codeId}`}>
              <th scope="row" data-testid={`reduction-indicator-${row.codeId}`} style={{ ...stickyFirst, paddingLeft: 8 + row.depth * 14, fontWeight: row.depth === 0 ? 700 : 500 }}>
                {row.label}
              </th>
              {matrix.columns.map((column, c) => {
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
