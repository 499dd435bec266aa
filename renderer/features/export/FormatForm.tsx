import { Button, Checkbox, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  resolveFormat,
  type AppendixFormat,
  type AppendixNumbering,
  type HeadingCase,
  type MarginsCm,
  type PageNumberPlacement,
  type TableNumbering,
} from '../../../shared/appendix';
import { CommitTextInput } from '../../components';
import { CommitNumberInput } from './CommitNumberInput';

const MARGINS: readonly (keyof MarginsCm)[] = ['top', 'left', 'bottom', 'right'];
const PAGE_NUMBERS: readonly PageNumberPlacement[] = ['footer-center', 'footer-right', 'header-right'];
const TABLE_NUMBERING: readonly TableNumbering[] = ['appendix', 'chapter'];
const APPENDIX_NUMBERING: readonly AppendixNumbering[] = ['arabic', 'letter'];
const HEADING_CASES: readonly HeadingCase[] = ['sentence', 'title', 'upper'];

/**
 * The settings of the project's format profile, editable: font and sizes, line spacing,
 * margins, lampiran and table numbering, title case, captions, page numbers, source notes.
 * A number is kept as typed until the field is left; every change passes through
 * resolveFormat, so a value out of range never reaches the project or a file Word refuses.
 */
export function FormatForm({
  format,
  sourceNotePlaceholder,
  onChange,
}: {
  format: AppendixFormat;
  /** The default wording of the source note, in the appendix's language. */
  sourceNotePlaceholder: string;
  onChange(format: AppendixFormat): void;
}) {
  const { t } = useTranslation('exporting');
  const byPart = format.tableNumbering === 'appendix';
  const set = (patch: Partial<AppendixFormat>) => onChange(resolveFormat({ ...format, ...patch }));
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb={4}>
        <Title order={2} size="h5">
          {t('formatTitle')}
        </Title>
        <Button size="compact-xs" variant="subtle" onClick={() =>
            onChange(
              resolveFormat({
                citationStyle: format.citationStyle,
                unjudgedVerdicts: format.unjudgedVerdicts,
                evidenceText: format.evidenceText,
                codebookColour: format.codebookColour,
              }),
            )
          } data-testid="format-reset">
          {t('resetFormat')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('formatHint')}
      </Text>
      <Stack gap="sm" data-testid="export-format">
        <SimpleGrid cols={3}>
          <CommitTextInput label={t('font')} value={format.font} onCommit={(font) => set({ font })} />
          <CommitNumberInput label={t('fontSize')} value={format.fontSize} min={8} max={16} step={1} onCommit={(fontSize) => set({ fontSize })} data-testid="format-font-size" />
          <Select
            label={t('tableFontSize')}
            data={['10', '11', '12']}
            value={String(format.tableFontSize)}
            allowDeselect={false}
            onChange={(v) => set({ tableFontSize: v === '10' ? 10 : v === '12' ? 12 : 11 })}
            data-testid="format-table-font-size"
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('lineSpacing')}
          </Text>
          <SegmentedControl
            value={String(format.lineSpacing)}
            onChange={(v) => set({ lineSpacing: v === '2' ? 2 : 1.5 })}
            data={[
              { value: '1.5', label: t('lineSpacing.1.5') },
              { value: '2', label: t('lineSpacing.2') },
            ]}
            data-testid="format-line-spacing"
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('margins')}
          </Text>
          <SimpleGrid cols={4}>
            {MARGINS.map((side) => (
              <CommitNumberInput
                key={side}
                label={t(`margin.${side}`)}
                value={format.margins[side]}
                min={1}
                max={6}
                step={0.5}
                decimalScale={2}
                onCommit={(cm) => set({ margins: { ...format.margins, [side]: cm } })}
                data-testid={`format-margin-${side}`}
              />
            ))}
          </SimpleGrid>
        </Stack>
        <Group grow align="flex-start">
          <Select
            label={t('appendixNumbering')}
            data={APPENDIX_NUMBERING.map((value) => ({ value, label: t(`appendixNumbering.${value}`) }))}
            value={format.appendixNumbering}
            allowDeselect={false}
            onChange={(v) => set({ appendixNumbering: (v as AppendixNumbering | null) ?? format.appendixNumbering })}
            data-testid="format-appendix-numbering"
          />
          <Select
            label={t('headingCase')}
            data={HEADING_CASES.map((value) => ({ value, label: t(`headingCase.${value}`) }))}
            value={format.headingCase}
            allowDeselect={false}
            onChange={(v) => set({ headingCase: (v as HeadingCase | null) ?? format.headingCase })}
            data-testid="format-heading-case"
          />
        </Group>
        <Select
          label={t('tableNumbering')}
          data={TABLE_NUMBERING.map((value) => ({ value, label: t(`tableNumbering.${value}`) }))}
          value={format.tableNumbering}
          allowDeselect={false}
          onChange={(v) => set({ tableNumbering: (v as TableNumbering | null) ?? format.tableNumbering })}
          data-testid="format-table-numbering"
        />
        <Group>
          <Checkbox
            label={t('appendixTablePrefix')}
            checked={format.appendixTablePrefix}
            disabled={!byPart || format.appendixNumbering === 'letter'}
            onChange={(e) => set({ appendixTablePrefix: e.currentTarget.checked })}
            data-testid="format-table-prefix"
          />
          <Checkbox label={t('captionBold')} checked={format.captionBold} onChange={(e) => set({ captionBold: e.currentTarget.checked })} data-testid="format-caption-bold" />
        </Group>
        <SimpleGrid cols={3}>
          <CommitTextInput
            label={t('chapter')}
            description={t('chapterHint')}
            value={format.chapter}
            disabled={byPart}
            onCommit={(chapter) => set({ chapter })}
            data-testid="format-chapter"
          />
          <CommitNumberInput
            label={t('firstTableNumber')}
            value={format.firstTableNumber}
            min={1}
            max={9999}
            disabled={byPart}
            onCommit={(firstTableNumber) => set({ firstTableNumber })}
          />
          <CommitNumberInput label={t('firstPageNumber')} value={format.firstPageNumber} min={1} max={9999} onCommit={(firstPageNumber) => set({ firstPageNumber })} />
        </SimpleGrid>
        <Group grow align="flex-end">
          <Select
            label={t('pageNumbers')}
            data={PAGE_NUMBERS.map((value) => ({ value, label: t(`pageNumbers.${value}`) }))}
            value={format.pageNumbers}
            allowDeselect={false}
            onChange={(v) => set({ pageNumbers: (v as PageNumberPlacement | null) ?? format.pageNumbers })}
          />
          <Checkbox label={t('sourceNote')} checked={format.sourceNote} onChange={(e) => set({ sourceNote: e.currentTarget.checked })} mb={8} />
        </Group>
        <CommitTextInput
          label={t('sourceNoteText')}
          description={t('sourceNoteTextHint')}
          placeholder={sourceNotePlaceholder}
          value={format.sourceNoteText}
          disabled={!format.sourceNote}
          onCommit={(sourceNoteText) => set({ sourceNoteText })}
          data-testid="format-source-note-text"
        />
      </Stack>
    </Paper>
  );
}
