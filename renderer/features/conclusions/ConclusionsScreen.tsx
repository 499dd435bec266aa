import { Box, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { FileDown, PencilLine } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conclusionCards, conclusionsOn, conclusionWarnings, triangulationStatuses } from '../../../shared/conclusions';
import { codeLabel } from '../../../shared/project';
import { ScreenHeader, useDocumentSave } from '../../components';
import { useAppStore } from '../../store';
import type { BuildProgress } from '../export';
import { ChapterPreview } from './ChapterPreview';
import { ChapterProgress } from './ChapterProgress';
import { ChapterTemplatesModal } from './ChapterTemplatesModal';
import { ConclusionCardView } from './ConclusionCardView';
import { FigureSaveMenu } from './FigureSaveMenu';
import { EvidencePicker } from './EvidencePicker';
import { VerdictScaleModal } from './VerdictScaleModal';
import { WarningsPanel } from './WarningsPanel';
import { scrollToCard } from './scroll-to-card';
import type { ConclusionTarget } from './conclusion-actions';

/** How long a card the student jumped to stays marked. */
const HIGHLIGHT_MS = 2000;

/**
 * Conclusion drawing and verification: a card per framework, dimension and indicator in
 * codebook order, each with its conclusion, verdict, evidence and triangulation status,
 * beside the warnings a careful supervisor would give.
 */
export function ConclusionsScreen() {
  const { t } = useTranslation('conclusions');
  const state = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const [picking, setPicking] = useState<ConclusionTarget | null>(null);
  const [scaleOpen, setScaleOpen] = useState(false);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const chapter = useDocumentSave((file) => t('chapterExported', { file }), 'chapter-exported');
  const figure = useDocumentSave((file) => t('figureSaved', { file }), 'figure-saved');
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const [chapterProgress, setChapterProgress] = useState<BuildProgress | null>(null);
  const chapterBuild = useRef<AbortController | null>(null);
  // Leaving the screen stops a draft nobody will save.
  useEffect(() => () => chapterBuild.current?.abort(), []);

  const cards = useMemo(() => (state ? conclusionCards(state) : []), [state]);
  const statuses = useMemo(() => (state ? triangulationStatuses(state, locale) : new Map()), [state, locale]);
  const warnings = useMemo(() => (state ? conclusionWarnings(state) : []), [state]);

  useEffect(() => {
    if (!highlighted) return;
    const timer = setTimeout(() => setHighlighted(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [highlighted]);

  if (!state) return null;
  const saveChapter = () =>
    chapter.run(async () => {
      const controller = new AbortController();
      chapterBuild.current = controller;
      try {
        // The Word writer is loaded only now, not with the screen.
        const { exportChapter } = await import('./export-chapter');
        return await exportChapter(state, locale, { signal: controller.signal, onProgress: setChapterProgress });
      } catch (error) {
        // Cancelled: nothing was written, nothing to report.
        if (controller.signal.aborted) return null;
        throw error;
      } finally {
        chapterBuild.current = null;
        setChapterProgress(null);
      }
    });
  const saveFigure = (name: string, kind: 'png' | 'svg') =>
    figure.run(async () => {
      const { exportFigure } = await import('./export-chapter');
      return exportFigure(state, locale, name, kind);
    });
  const openCard = (codeId: string) => {
    const element = document.getElementById(`conclusion-card-${codeId}`);
    if (element) scrollToCard(element);
    setHighlighted(codeId);
  };

  return (
    <Stack gap="md" data-testid="conclusions-screen">
      <ScreenHeader
        title={t('title')}
        hint={t('hint')}
        actions={
          cards.length ? (
            <Group gap="xs">
              <Button variant="default" leftSection={<PencilLine size={16} />} onClick={() => setTemplatesOpen(true)} data-testid="chapter-templates-open">
                {t('editTemplates')}
              </Button>
              <FigureSaveMenu state={state} locale={locale} saving={figure.saving} onSave={(name, kind) => void saveFigure(name, kind)} />
              <Button leftSection={<FileDown size={16} />} loading={chapter.saving} onClick={() => void saveChapter()} data-testid="chapter-export">
                {t('exportChapter')}
              </Button>
            </Group>
          ) : undefined
        }
      />
      {chapterProgress ? <ChapterProgress progress={chapterProgress} onCancel={() => chapterBuild.current?.abort()} /> : null}
      {chapter.alerts}
      {figure.alerts}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            {cards.length === 0 ? <Text c="dimmed">{t('noCodes')}</Text> : null}
            {cards.map((card) => {
              const code = state.codes[card.codeId]!;
              return (
                <ConclusionCardView
                  key={card.codeId}
                  card={card}
                  codeName={codeLabel(code, locale)}
                  color={code.color}
                  conclusions={conclusionsOn(state, card.codeId)}
                  status={statuses.get(card.codeId)}
                  highlighted={highlighted === card.codeId}
                  onPickEvidence={setPicking}
                  onEditScale={() => setScaleOpen(true)}
                  footer={<ChapterPreview codeId={card.codeId} />}
                />
              );
            })}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Box style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 52px) + var(--mantine-spacing-md))' }}>
            <WarningsPanel warnings={warnings} onOpenCard={openCard} />
          </Box>
        </Grid.Col>
      </Grid>
      <EvidencePicker target={picking} onClose={() => setPicking(null)} />
      <VerdictScaleModal opened={scaleOpen} onClose={() => setScaleOpen(false)} />
      <ChapterTemplatesModal opened={templatesOpen} onClose={() => setTemplatesOpen(false)} />
    </Stack>
  );
}
