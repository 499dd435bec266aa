import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { heatLevel, ownCell, type ChecklistMatrix, type DisplayCell, type DisplayMatrix, type GroupBy, type TechniqueTable, type TriangulationTable } from '../../../shared/display';
import { ScreenHeader } from '../../components';
import { useAppStore } from '../../store';
import { useFrameworkChoice } from './framework-choice';
import type { FrameworkOption } from './framework-options';
import { CellContent } from './CellContent';
import { CellDrawer } from './CellDrawer';
import { DISPLAY_KINDS, modesFor, TRIANGULATION_BASES, useDisplaySettings, type CellMode, type HeatMeasure, type TriangulationBasis } from './display-settings';
import { HEAT_COLORS, HEAT_TEXT } from './heat';
import { HeatLegend } from './HeatLegend';
import { MatrixTable } from './MatrixTable';
import { TechniqueView } from './TechniqueView';
import { TriangulationView } from './TriangulationView';
import { useDisplayMatrix } from './use-display-matrix';

const isTechniqueTable = (matrix: DisplayMatrix): matrix is TechniqueTable => 'basis' in matrix && matrix.basis === 'technique';

/** A cell the student opened, by row code and column key, so it survives the matrix being rebuilt. */
interface OpenKey {
  codeId: string;
  columnKey: string;
}

/**
 * Data display: the Miles & Huberman matrices of a framework, a heat map, co-occurrence,
 * two frameworks crossed and the triangulation table. Everything follows the project as
 * it changes, and every cell opens the segments behind it.
 */
export function DisplayScreen() {
  const { t } = useTranslation('displayScreen');
  const { codeId, options, choose } = useFrameworkChoice();
  if (!codeId) {
    return (
      <Stack>
        <ScreenHeader title={t('title')} />
        <Text c="dimmed">{t('noFrameworks')}</Text>
      </Stack>
    );
  }
  return <DisplayWithFramework rootCodeId={codeId} options={options} choose={choose} />;
}

function DisplayWithFramework({
  rootCodeId,
  options,
  choose,
}: {
  rootCodeId: string;
  options: FrameworkOption[];
  choose(codeId: string): void;
}) {
  const { t } = useTranslation('displayScreen');
  const settings = useDisplaySettings();
  const roots = useMemo(() => options.filter((option) => option.root), [options]);
  const crossChoices = roots.filter((option) => option.value !== rootCodeId);
  const crossWith = crossChoices.find((option) => option.value === settings.crossWith)?.value ?? crossChoices[0]?.value ?? rootCodeId;
  const matrix = useDisplayMatrix({ kind: settings.kind, rootCodeId, by: settings.by, crossWith, basis: settings.basis });
  const modes = modesFor(settings.kind);
  const mode: CellMode = modes.includes(settings.mode) ? settings.mode : 'reduced';
  const [openKey, setOpenKey] = useState<OpenKey | null>(null);

  const open = useMemo(() => {
    if (!openKey) return null;
    const row = matrix.rows.findIndex((r) => r.codeId === openKey.codeId);
    const column = matrix.columns.findIndex((c) => c.key === openKey.columnKey);
    return row >= 0 && column >= 0 ? { matrix, row, column } : null;
  }, [matrix, openKey]);

  const onOpen = useCallback(
    (row: number, column: number) => setOpenKey({ codeId: matrix.rows[row]!.codeId, columnKey: matrix.columns[column]!.key }),
    [matrix, setOpenKey],
  );
  const cellLabel = useCallback(
    (row: number, column: number) => t('cellTitle', { row: matrix.rows[row]!.label, column: matrix.columns[column]!.label }),
    [matrix, t],
  );

  const checklist = matrix.kind === 'checklist' ? (matrix as ChecklistMatrix) : null;
  const measure = settings.measure;
  const renderCell = useCallback(
    (cell: DisplayCell, row: number) => {
      if (checklist) {
        return measure === 'count' ? cell.count : `${(cell.coverage * 100).toFixed(1)}%`;
      }
      // A row counts its sub-codes' segments too; its words are its own (display/counting.ts).
      const state = useAppStore.getState().current;
      const codeId = matrix.rows[row]?.codeId;
      const own = state && codeId && matrix.kind !== 'co-occurrence' && matrix.kind !== 'crossed' ? ownCell(state, codeId, cell) : cell;
      return <CellContent cell={cell} own={own} mode={mode} />;
    },
    [checklist, measure, mode, matrix],
  );
  const cellStyle = useCallback(
    (cell: DisplayCell) => {
      if (!checklist) return undefined;
      const level = measure === 'count' ? heatLevel(cell.count, checklist.maxCount) : heatLevel(cell.coverage, checklist.maxCoverage);
      return { background: HEAT_COLORS[level], color: HEAT_TEXT[level], textAlign: 'center' as const };
    },
    [checklist, measure],
  );

  // Numbers need narrow columns; text needs room.
  const compact = checklist !== null || mode === 'counts';
  const triangulation = settings.kind === 'triangulation';
  // Technique columns are fixed (interviews, observation, documents): no group or category to choose.
  const byColumns = settings.kind === 'role-ordered' || (triangulation && settings.basis === 'source');
  return (
    <Stack gap="sm" style={{ height: 'calc(100dvh - var(--app-shell-header-height, 0px) - 2 * var(--mantine-spacing-lg))', minHeight: 0 }} data-testid="display-screen">
      <ScreenHeader title={t('title')} hint={t('hint')} />
      <Group align="flex-end" gap="sm">
        <Select
          label={t('kind')}
          data={DISPLAY_KINDS.map((kind) => ({ value: kind, label: t(`kind_${kind}`) }))}
          value={settings.kind}
          onChange={(value) => value && settings.set({ kind: value as (typeof DISPLAY_KINDS)[number] })}
          allowDeselect={false}
          style={{ minWidth: 320 }}
          data-testid="display-kind"
        />
        <Select
          label={t('framework')}
          data={options}
          value={rootCodeId}
          onChange={(value) => value && choose(value)}
          allowDeselect={false}
          searchable
          style={{ minWidth: 260 }}
          data-testid="display-framework"
        />
        {settings.kind === 'crossed' ? (
          <Select
            label={t('crossWith')}
            data={crossChoices}
            value={crossChoices.length ? crossWith : null}
            onChange={(value) => value && settings.set({ crossWith: value })}
            allowDeselect={false}
            style={{ minWidth: 220 }}
            data-testid="display-cross-with"
          />
        ) : null}
        {triangulation ? (
          <div>
            <Text size="sm" fw={500}>
              {t('basis')}
            </Text>
            <SegmentedControl
              data={TRIANGULATION_BASES.map((basis) => ({ value: basis, label: t(`basis_${basis}`) }))}
              value={settings.basis}
              onChange={(value) => settings.set({ basis: value as TriangulationBasis })}
              data-testid="display-basis"
            />
          </div>
        ) : null}
        {byColumns ? (
          <div>
            <Text size="sm" fw={500}>
              {t('columnsBy')}
            </Text>
            <SegmentedControl
              data={(['group', 'category'] as const).map((by) => ({ value: by, label: t(`by_${by}`) }))}
              value={settings.by}
              onChange={(value) => settings.set({ by: value as GroupBy })}
              data-testid="display-by"
            />
          </div>
        ) : null}
      </Group>
      {settings.kind === 'checklist' ? (
        <Group gap="md" align="flex-end">
          <div>
            <Text size="sm" fw={500}>
              {t('measure')}
            </Text>
            <SegmentedControl
              data={(['count', 'coverage'] as const).map((value) => ({ value, label: t(`measure_${value}`) }))}
              value={measure}
              onChange={(value) => settings.set({ measure: value as HeatMeasure })}
              data-testid="display-measure"
            />
          </div>
          {checklist ? <HeatLegend measure={measure} max={measure === 'count' ? checklist.maxCount : checklist.maxCoverage} /> : null}
        </Group>
      ) : settings.kind !== 'triangulation' ? (
        <div>
          <Text size="sm" fw={500}>
            {t('mode')}
          </Text>
          <SegmentedControl
            data={modes.map((value) => ({ value, label: t(`mode_${value}`) }))}
            value={mode}
            onChange={(value) => settings.set({ mode: value as CellMode })}
            data-testid="display-mode"
          />
        </div>
      ) : null}
      {matrix.rows.length === 0 ? <Text c="dimmed">{t('noRows')}</Text> : null}
      {isTechniqueTable(matrix) ? (
        <TechniqueView table={matrix} onOpen={onOpen} />
      ) : matrix.kind === 'triangulation' ? (
        <TriangulationView table={matrix as TriangulationTable} onOpen={onOpen} />
      ) : (
        <MatrixTable
          // Another column width starts a new window: the grid's estimates change with it.
          key={compact ? 'compact' : 'wide'}
          matrix={matrix}
          corner={t('code')}
          renderCell={renderCell}
          cellStyle={cellStyle}
          onOpen={onOpen}
          cellLabel={cellLabel}
          columnWidth={compact ? 110 : 240}
          rowHeight={compact ? 34 : 120}
        />
      )}
      <CellDrawer open={open} onClose={() => setOpenKey(null)} />
    </Stack>
  );
}
