import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TriangulationVerdict } from '../../../shared/model/types';
import { TRIANGULATION_VERDICTS } from '../../../shared/reduction';
import { CommitTextarea } from '../../components';
import { useWorkLocked } from '../review';
import { bodyCell, headCell, indicatorHead, pinnedRight, pinnedTable, seam } from './MatrixTable';

/** An indicator row of a triangulation table, with the student's verdict and note. */
export interface PinnedRow {
  codeId: string;
  label: string;
  dimensionLabel: string;
  verdict: TriangulationVerdict | null;
  note: string;
}

interface Props<Row extends PinnedRow, Column extends { key: string; label: string }, Cell> {
  /** `triangulation` or `technique`: the prefix of the table's, rows', verdicts' and notes' test ids. */
  name: string;
  rows: readonly Row[];
  columns: readonly Column[];
  cells: readonly (readonly Cell[])[];
  /** Narrower, the browser breaks a statement's words mid-word at 1366 px. */
  columnMinWidth: number;
  columnTestId?(column: Column): string;
  cellTestId(row: Row, column: Column): string;
  renderCell(cell: Cell): ReactNode;
  onOpen(row: number, column: number): void;
  verdict: {
    header: string;
    label(row: Row): string;
    placeholder(row: Row): string;
    /** Shown below the chooser, e.g. the suggestion and why. */
    below?(row: Row): ReactNode;
    save(codeId: string, verdict: TriangulationVerdict | null): Promise<unknown>;
  };
  note: {
    header: string;
    label(row: Row): string;
    placeholder: string;
    save(codeId: string, note: string): Promise<unknown>;
  };
}

/**
 * A triangulation table: the indicator pinned on the left, the verdict and note pinned on the
 * right, the header on top, and any number of source or technique columns scrolling sideways
 * beneath. Each of those cells opens its segments. A supervisor reviewing (or an observer)
 * reads the verdicts and notes; they stay the student's.
 */
export function PinnedTable<Row extends PinnedRow, Column extends { key: string; label: string }, Cell>(props: Props<Row, Column, Cell>) {
  const { name, rows, columns, cells, columnMinWidth, columnTestId, cellTestId, renderCell, onOpen, verdict, note } = props;
  const { t } = useTranslation('displayScreen');
  const verdictOptions = TRIANGULATION_VERDICTS.map((v) => ({ value: v, label: t(`verdict_${v}`) }));
  const locked = useWorkLocked();
  return (
    <div style={{ overflow: 'auto', flex: 1, minHeight: 0, border: '1px solid var(--mantine-color-gray-3)' }} data-testid={`${name}-table`}>
      <table style={pinnedTable}>
        <thead>
          <tr>
            <th style={{ ...headCell, ...seam, left: 0, zIndex: 3 }}>{t('indicator')}</th>
            {columns.map((column) => (
              <th key={column.key} style={{ ...headCell, ...seam, minWidth: columnMinWidth }} data-testid={columnTestId?.(column)}>
                {column.label}
              </th>
            ))}
            <th style={{ ...headCell, ...seam, ...pinnedRight('verdict', true) }}>{verdict.header}</th>
            <th style={{ ...headCell, ...seam, ...pinnedRight('note', true) }}>{note.header}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.codeId} data-testid={`${name}-row-${row.codeId}`}>
              <th scope="row" style={indicatorHead}>
                {row.dimensionLabel ? <div style={{ fontSize: 11, color: 'var(--mantine-color-dimmed)' }}>{row.dimensionLabel}</div> : null}
                {row.label}
              </th>
              {cells[r]!.map((cell, c) => (
                <td
                  key={columns[c]!.key}
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
                  data-testid={cellTestId(row, columns[c]!)}
                >
                  {renderCell(cell)}
                </td>
              ))}
              <td style={{ ...bodyCell, ...seam, ...pinnedRight('verdict'), cursor: 'default' }}>
                <Select
                  size="xs"
                  aria-label={verdict.label(row)}
                  data={verdictOptions}
                  value={row.verdict}
                  placeholder={verdict.placeholder(row)}
                  clearable={!locked}
                  disabled={locked}
                  allowDeselect={false}
                  onChange={(value) => void verdict.save(row.codeId, (value as TriangulationVerdict | null) ?? null)}
                  data-testid={`${name}-verdict-${row.codeId}`}
                />
                {verdict.below?.(row)}
              </td>
              <td style={{ ...bodyCell, ...seam, ...pinnedRight('note'), cursor: 'default' }}>
                <CommitTextarea
                  size="xs"
                  autosize
                  minRows={2}
                  maxRows={12}
                  aria-label={note.label(row)}
                  placeholder={note.placeholder}
                  value={row.note}
                  readOnly={locked}
                  onCommit={(text) => void note.save(row.codeId, text)}
                  data-testid={`${name}-note-${row.codeId}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
