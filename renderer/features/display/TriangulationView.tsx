import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TriangulationTable } from '../../../shared/display';
import type { TriangulationVerdict } from '../../../shared/model/types';
import { TRIANGULATION_VERDICTS } from '../../../shared/reduction';
import { CommitTextarea } from '../../components';
import { useWorkLocked } from '../review';
import { bodyCell, headCell, indicatorHead, pinnedRight, pinnedTable, seam } from './MatrixTable';
import { saveNote, saveVerdict } from './triangulation-actions';

const dimmed = { color: 'var(--mantine-color-dimmed)', fontStyle: 'italic' } as const;

/**
 * The source triangulation table: per indicator what each source says, the student's
 * verdict (or the suggestion while there is none) and a note. Source cells open their segments.
 * A supervisor reviewing (or an observer) reads the verdicts and notes; they stay the student's.
 */
export function TriangulationView({ table, onOpen }: { table: TriangulationTable; onOpen(row: number, column: number): void }) {
  const { t } = useTranslation('displayScreen');
  const verdictOptions = TRIANGULATION_VERDICTS.map((verdict) => ({ value: verdict, label: t(`verdict_${verdict}`) }));
  const locked = useWorkLocked();
  return (
    <div style={{ overflow: 'auto', flex: 1, minHeight: 0, border: '1px solid var(--mantine-color-gray-3)' }} data-testid="triangulation-table">
      <table style={pinnedTable}>
        <thead>
          <tr>
            <th style={{ ...headCell, ...seam, left: 0, zIndex: 3 }}>{t('indicator')}</th>
            {table.columns.map((column) => (
              // Wide enough for a statement's words: narrower, the browser breaks them mid-word at 1366 px.
              <th key={column.key} style={{ ...headCell, ...seam, minWidth: 180 }}>
                {column.label}
              </th>
            ))}
            <th style={{ ...headCell, ...seam, ...pinnedRight('verdict', true) }}>{t('verdict')}</th>
            <th style={{ ...headCell, ...seam, ...pinnedRight('note', true) }}>{t('note')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={row.codeId} data-testid={`triangulation-row-${row.codeId}`}>
              <th scope="row" style={indicatorHead}>
                {row.dimensionLabel ? <div style={{ fontSize: 11, color: 'var(--mantine-color-dimmed)' }}>{row.dimensionLabel}</div> : null}
                {row.label}
              </th>
              {table.cells[r]!.map((cell, c) => (
                <td
                  key={table.columns[c]!.key}
                  role="button"
                  tabIndex={0}
                  style={{ ...bodyCell, ...seam }}
                  onClick={() => onOpen(r, c)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' || event.key === ' ') {
                      event.preventDefault();
                      onOpen(r, c);
                    }
                  }}
                  data-testid={`display-cell-${row.codeId}-${table.columns[c]!.key}`}
                >
                  {cell.statements.length === 0 ? (
                    <span style={dimmed}>{t('noData')}</span>
                  ) : (
                    <ul style={{ margin: 0, paddingLeft: 14 }}>
                      {cell.statements.map((statement, i) => (
                        <li key={cell.segmentIds[i]}>{statement}</li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
              <td style={{ ...bodyCell, ...seam, ...pinnedRight('verdict'), cursor: 'default' }}>
                <Select
                  size="xs"
                  aria-label={t('verdictFor', { indicator: row.label })}
                  data={verdictOptions}
                  value={row.verdict}
                  placeholder={row.suggested ? t('suggested', { verdict: t(`verdict_${row.suggested}`).toLowerCase() }) : t('undecided')}
                  clearable={!locked}
                  disabled={locked}
                  allowDeselect={false}
                  onChange={(value) => void saveVerdict(row.codeId, (value as TriangulationVerdict | null) ?? null)}
                  data-testid={`triangulation-verdict-${row.codeId}`}
                />
              </td>
              <td style={{ ...bodyCell, ...seam, ...pinnedRight('note'), cursor: 'default' }}>
                <CommitTextarea
                  size="xs"
                  autosize
                  minRows={2}
                  maxRows={12}
                  aria-label={t('noteFor', { indicator: row.label })}
                  placeholder={t('notePlaceholder')}
                  value={row.note}
                  readOnly={locked}
                  onCommit={(note) => void saveNote(row.codeId, note)}
                  data-testid={`triangulation-note-${row.codeId}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
