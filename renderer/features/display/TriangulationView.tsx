import { useTranslation } from 'react-i18next';
import type { TriangulationTable } from '../../../shared/display';
import { PinnedTable } from './PinnedTable';
import { saveNote, saveVerdict } from './triangulation-actions';

const dimmed = { color: 'var(--mantine-color-dimmed)', fontStyle: 'italic' } as const;

/**
 * The source triangulation table: per indicator what each source says, the student's
 * verdict (or the suggestion while there is none) and a note. Source cells open their segments.
 * A supervisor reviewing reads the verdicts and notes; they stay the student's.
 */
export function TriangulationView({ table, onOpen }: { table: TriangulationTable; onOpen(row: number, column: number): void }) {
  const { t } = useTranslation('displayScreen');
  return (
    <PinnedTable
      name="triangulation"
      rows={table.rows}
      columns={table.columns}
      cells={table.cells}
      columnMinWidth={180}
      cellTestId={(row, column) => `display-cell-${row.codeId}-${column.key}`}
      onOpen={onOpen}
      renderCell={(cell) =>
        cell.statements.length === 0 ? (
          <span style={dimmed}>{t('noData')}</span>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 14 }}>
            {cell.statements.map((statement, i) => (
              <li key={cell.segmentIds[i]}>{statement}</li>
            ))}
          </ul>
        )
      }
      verdict={{
        header: t('verdict'),
        label: (row) => t('verdictFor', { indicator: row.label }),
        placeholder: (row) => (row.suggested ? t('suggested', { verdict: t(`verdict_${row.suggested}`).toLowerCase() }) : t('undecided')),
        save: saveVerdict,
      }}
      note={{ header: t('note'), label: (row) => t('noteFor', { indicator: row.label }), placeholder: t('notePlaceholder'), save: saveNote }}
    />
  );
}
