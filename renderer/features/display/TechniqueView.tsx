import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TechniqueTable } from '../../../shared/display';
import { PinnedTable } from './PinnedTable';
import { saveTechniqueNote, saveTechniqueVerdict } from './triangulation-actions';

const dimmed = { color: 'var(--mantine-color-dimmed)', fontStyle: 'italic' } as const;
const citation = { color: 'var(--mantine-color-dimmed)' } as const;

/**
 * Triangulation by technique: per indicator what the interviews, the observation notes and
 * the documents say (each coded segment with its reduced statement or words and citation, and
 * how many), the student's verdict (or the suggestion while there is none) and a note.
 * Technique cells open their segments. A supervisor reviewing reads the verdicts and notes.
 */
export function TechniqueView({ table, onOpen }: { table: TechniqueTable; onOpen(row: number, column: number): void }) {
  const { t } = useTranslation('displayScreen');
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
      <PinnedTable
        name="technique"
        rows={table.rows}
        columns={table.columns}
        cells={table.cells}
        columnMinWidth={220}
        columnTestId={(column) => `technique-column-${column.technique}`}
        cellTestId={(row, column) => `technique-cell-${row.codeId}-${column.technique}`}
        onOpen={onOpen}
        renderCell={(cell) =>
          cell.count === 0 ? (
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
          )
        }
        verdict={{
          header: t('techniqueVerdict'),
          label: (row) => t('techniqueVerdictFor', { indicator: row.label }),
          placeholder: () => t('undecided'),
          // The suggestion says why, below the chooser: it is never the verdict.
          below: (row) =>
            row.verdict === null && row.suggested ? (
              <Text size="xs" c="dimmed" mt={4} data-testid={`technique-suggestion-${row.codeId}`}>
                {t('techniqueSuggestion', { verdict: t(`verdict_${row.suggested}`).toLowerCase() })}
              </Text>
            ) : null,
          save: saveTechniqueVerdict,
        }}
        note={{
          header: t('note'),
          label: (row) => t('techniqueNoteFor', { indicator: row.label }),
          placeholder: t('techniqueNotePlaceholder'),
          save: saveTechniqueNote,
        }}
      />
    </>
  );
}
