import { Button, Grid, Group, Paper, Radio, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { Eye, FileDown, Sheet } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeAppendixParts, type AppendixFormat, type CitationStyle } from '../../../shared/appendix';
import { translate } from '../../../shared/i18n';
import type { Locale } from '../../../shared/model/types';
import { ScreenHeader } from '../../components';
import { act, useAppStore } from '../../store';
import { ExportPreview } from './ExportPreview';
import { ExportProgress } from './ExportProgress';
import { ContentForm } from './ContentForm';
import { FormatForm } from './FormatForm';
import { FormatProfilePanel } from './FormatProfilePanel';
import { projectProfile, saveSettings } from './format-profile-actions';
import { PartsChecklist } from './PartsChecklist';
import { chosenParts } from './export-choices';
import { appendixFileName } from './file-name';
import { saveExport, useAppendixExport } from './use-appendix-export';
import { useExportChoices } from './use-export-choices';

const CITATIONS: readonly CitationStyle[] = ['interview', 'line'];

/**
 * The export dialog of the appendix: the parts and their order, the thesis format (the
 * project's format profile), the
 * language and citation style; the file is built in a worker with a progress bar and a
 * cancel button, then saved — or first previewed, its opening pages shown below. Every
 * matrix can also be saved as one .xlsx workbook.
 */
export function ExportScreen() {
  const project = useAppStore((s) => s.current?.project);
  if (!project) return null;
  // A fresh dialog per project: its remembered choices are that project's.
  return <ExportDialog key={project.id} projectId={project.id} title={project.title} />;
}

function ExportDialog({ projectId, title }: { projectId: string; title: string }) {
  const { t } = useTranslation('exporting');
  const uiLocale = useAppStore((s) => s.locale);
  const state = useAppStore((s) => s.current);
  // Which parts have data follows the project: a part without data is offered, greyed, with why.
  const registry = useMemo(() => describeAppendixParts(uiLocale, state ?? undefined), [uiLocale, state]);
  const [stored, setChoices] = useExportChoices(projectId, registry, uiLocale);
  // The format is the project's profile (saved with the project, one undo step per change).
  const profile = projectProfile(state?.project.settings, uiLocale);
  // A change shows at once, while it is being saved (the project changes once it is stored).
  const [saving, setSaving] = useState<AppendixFormat | null>(null);
  const choices = { ...stored, format: saving ?? profile.settings };
  const setFormat = (format: AppendixFormat) => {
    setSaving(format);
    void saveSettings(act, profile, format, uiLocale).finally(() => setSaving(null));
  };
  const { status, start, cancel } = useAppendixExport();
  const building = status.kind === 'building';
  const nothingChosen = chosenParts(choices, registry).parts.length === 0;
  const fileName = appendixFileName(title, t('filePrefix', { lng: choices.locale }), 'docx');

  return (
    <Stack gap="md" data-testid="export-screen">
      <ScreenHeader title={t('title')} hint={t('hint')} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="md">
            <PartsChecklist parts={choices.parts} registry={registry} onChange={(parts) => setChoices((c) => ({ ...c, parts }))} />
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Text size="sm" c="dimmed" data-testid="export-file-name">
                  {fileName}
                </Text>
                {nothingChosen ? (
                  <Text size="sm" c="red">
                    {t('noPartChosen')}
                  </Text>
                ) : null}
                <Group grow>
                  <Button
                    leftSection={<FileDown size={16} />}
                    disabled={nothingChosen || building}
                    loading={building}
                    onClick={() => void start(choices, { purpose: 'save', fileName })}
                    data-testid="export-build"
                  >
                    {t('build')}
                  </Button>
                  <Button variant="light" leftSection={<Eye size={16} />} disabled={nothingChosen || building} onClick={() => void start(choices, { purpose: 'preview' })} data-testid="export-preview-build">
                    {t('preview')}
                  </Button>
                </Group>
                <ExportProgress
                  status={status}
                  registry={registry}
                  onCancel={cancel}
                  onSaveAgain={() => status.kind === 'saved' && void saveExport(status.fileName, status.bytes)}
                />
              </Stack>
            </Paper>
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Title order={2} size="h5">
                  {t('xlsxTitle')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('xlsxHint')}
                </Text>
                <Button
                  variant="light"
                  leftSection={<Sheet size={16} />}
                  disabled={building}
                  onClick={() => void start(choices, { purpose: 'matrices', fileName: appendixFileName(title, t('xlsxFilePrefix', { lng: choices.locale }), 'xlsx') })}
                  data-testid="export-xlsx"
                >
                  {t('xlsxBuild')}
                </Button>
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="md">
            <FormatProfilePanel profile={profile} locale={uiLocale} />
            <FormatForm format={choices.format} sourceNotePlaceholder={translate(choices.locale, 'appendix:sourceNoteData')} onChange={setFormat} />
            <ContentForm format={choices.format} onChange={setFormat} />
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    {t('language')}
                  </Text>
                  <SegmentedControl
                    value={choices.locale}
                    onChange={(value) => setChoices((c) => ({ ...c, locale: value as Locale }))}
                    data={[
                      { value: 'id', label: t('language.id') },
                      { value: 'en', label: t('language.en') },
                    ]}
                    data-testid="export-language"
                  />
                </Stack>
                <Radio.Group
                  label={t('citationStyle')}
                  value={choices.format.citationStyle}
                  onChange={(value) => setFormat({ ...choices.format, citationStyle: value as CitationStyle })}
                >
                  <Stack gap={6} mt={4}>
                    {CITATIONS.map((style) => (
                      <Radio key={style} value={style} label={t(`citation.${style}`)} data-testid={`export-citation-${style}`} />
                    ))}
                  </Stack>
                </Radio.Group>
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      {status.kind === 'previewed' ? <ExportPreview html={status.html} /> : null}
    </Stack>
  );
}
