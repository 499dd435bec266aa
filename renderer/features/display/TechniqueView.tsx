import { Alert, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TechniqueTable } from '../../../shared/display';
import type { TriangulationVerdict } from '../../../shared/model/types';
import { TRIANGULATION_VERDICTS } from '../../../shared/reduction';
import { CommitTextarea } from '../../components';
import { useWorkLocked } from '../review';
import { bodyCell, headCell, indicatorHead, pinnedRight, pinnedTable, seam } from './MatrixTable';
import { saveTechniqueNote, saveTechniqueVerdict } from './triangulation-actions';

const dimmed = { color: 'var(--mantine-color-dimmed)', fontStyle: 'italic' } as const;
const citation = { color: 'var(--mantine-color-dimmed)' } as const;

/**
 * Triangulation by technique: per indicator what the interviews, the observation notes and
 * the documents say (each coded segment with its reduced statement or words and citation, and
 * how many), the student's verdict (or the suggestion while there is none) and a note.
 * Technique cells open their segments. A supervisor reviewing (or an observer) reads the
 * verdicts and notes.
 */
export function TechniqueView({ table, onOpen }: { table: TechniqueTable; onOpen(row: number, column: number): void }) {
  const { t } = useTranslation('displayScreen');
  const verdictOptions = TRIANGULATION_VERDICTS.map((verdict) => ({ value: verdict, label: t(`verdict_${verdict}`) }));
  const locked = useWorkLocked();
  const missing = table.missing.map((technique) => t(`display:technique_${technique}`).toLowerCase()).join(', ');
  return (
    <>
      {table.columns.length < 2 ? (
        <Alert color="yellow" variant="light" p="xs" data-testid="technique-single">
          {t('techniqueSingle')}
        </Alert>
      ) : table.missing.length > 0 ? (
        <Text size="sm" c="dimmed" data-testid="technique-missing">
          {t('techniqueMissing', { techniques: missing })}
        </Text>
      ) : null}
      <div style={{ overflow: 'auto', flex: 1, minHeight: 0, border: '1px solid var(--mantine-color-gray-3)' }} data-testid="technique-table">
        <table style={pinnedTable}>
          <thead>
            <tr>
              <th style={{ ...headCell, ...seam, left: 0, zIndex: 3 }}>{t('indicator')}</th>
              {table.columns.map((column) => (
                <th key={column.key} style={{ ...headCell, ...seam, minWidth: 220 }} data-testid={`technique-column-${column.technique}`}>
                  {column.label}
                </th>
              ))}
              <th style={{ ...headCell, ...seam, ...pinnedRight('verdict', true) }}>{t('techniqueVerdict')}</th>
              <th style={{ ...headCell, ...seam, ...pinnedRight('note', true) }}>{t('note')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={row.codeId} data-testid={`technique-row-${row.codeId}`}>
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
                    data-testid={`technique-cell-${row.codeId}-${table.columns[c]!.technique}`}
                  >
                    {cell.count === 0 ? (
                      <span style={dimmed}>{t('noData')}</span>
                    ) : (
                      <>
                        <div style={{ ...citation, fontSize: 11 }} data-testid="technique-count">
                          {t('segments', { count: cell.count })}
                        </div>
                        <ul style={{ margin: 0, paddingLeft: 14 }}>
                          {cell.statements.map((statement) => (
                            <li key={statement.segmentId} style={statement.reduced ? undefined : { fontStyle: 'italic' }}>
                              {statement.reduced ? statement.text : `“${statement.text}”`} <span style={citation}>{statement.citation}</span>
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                  </td>
                ))}
                <td style={{ ...bodyCell, ...seam, ...pinnedRight('verdict'), cursor: 'default' }}>
                  <Select
                    size="xs"
                    aria-label={t('techniqueVerdictFor', { indicator: row.label })}
                    data={verdictOptions}
                    value={row.verdict}
                    placeholder={t('undecided')}
                    clearable={!locked}
                    disabled={locked}
                    allowDeselect={false}
                    onChange={(value) => void saveTechniqueVerdict(row.codeId, (value as TriangulationVerdict | null) ?? null)}
                    data-testid={`technique-verdict-${row.codeId}`}
                  />
                  {/* The suggestion says why, below the chooser: it is never the verdict. */}
                  {row.verdict === null && row.suggested ? (
                    <Text size="xs" c="dimmed" mt={4} data-testid={`technique-suggestion-${row.codeId}`}>
                      {t('techniqueSuggestion', { verdict: t(`verdict_${row.suggested}`).toLowerCase() })}
                    </Text>
                  ) : null}
                </td>
                <td style={{ ...bodyCell, ...seam, ...pinnedRight('note'), cursor: 'default' }}>
                  <CommitTextarea
                    size="xs"
                    autosize
                    minRows={2}
                    maxRows={12}
                    aria-label={t('techniqueNoteFor', { indicator: row.label })}
                    placeholder={t('techniqueNotePlaceholder')}
                    value={row.note}
                    readOnly={locked}
                    onCommit={(note) => void saveTechniqueNote(row.codeId, note)}
                    data-testid={`technique-note-${row.codeId}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
