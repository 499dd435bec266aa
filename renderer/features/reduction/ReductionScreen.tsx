import { Button, Select, Stack, Text, Tooltip } from '@mantine/core';
import { Wand2 } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ancestorsAndSelf } from '../../../shared/project';
import { draftableCells } from '../../../shared/reduction';
import { ScreenHeader } from '../../components';
import { useAppStore } from '../../store';
import { useFrameworkChoice } from '../display';
import { useWorkLocked } from '../review';
import { draftAllEmpty } from './reduction-actions';
import { ReductionGrid } from './ReductionGrid';

/**
 * Data reduction: pick a framework or dimension, read each informant's reduced statements
 * per indicator, and write (or draft) the summary of every cell in place.
 */
export function ReductionScreen() {
  const { t } = useTranslation('reduction');
  const { codeId, options, choose } = useFrameworkChoice();
  const hasInformants = useAppStore((s) => Object.keys(s.current?.informants ?? {}).length > 0);
  const state = useAppStore((s) => s.current);
  const locked = useWorkLocked();
  // A cell to reveal (from a comment) under another framework: show that framework first.
  const cellToReveal = useAppStore((s) => s.cellToReveal);
  useEffect(() => {
    const current = useAppStore.getState().current;
    if (!cellToReveal || !current?.codes[cellToReveal.codeId]) return;
    const lineage = ancestorsAndSelf(current, cellToReveal.codeId).map((c) => c.id);
    if (codeId === null || !lineage.includes(codeId)) choose(lineage[0]!);
    // Only a new request switches the framework; the student may switch away afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cellToReveal?.nonce]);
  const draftable = useMemo(
    () => (state && codeId ? draftableCells(state, codeId).length : 0),
    // Only these tables decide which cells a draft would fill.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [codeId, state?.segments, state?.cellSummaries, state?.documents, state?.informants, state?.codes, state?.coders],
  );

  return (
    <Stack gap="sm" style={{ height: 'calc(100dvh - var(--app-shell-header-height, 0px) - 2 * var(--mantine-spacing-lg))', minHeight: 0 }} data-testid="reduction-screen">
      <ScreenHeader
        title={t('title')}
        hint={t('hint')}
        actions={
          <Tooltip label={t('draftAllHint')} multiline w={320}>
            <Button
              leftSection={<Wand2 size={16} aria-hidden />}
              variant="light"
              disabled={!codeId || draftable === 0 || locked}
              onClick={() => codeId && void draftAllEmpty(codeId)}
              data-testid="reduction-draft-all"
            >
              {t('draftAll', { count: draftable })}
            </Button>
          </Tooltip>
        }
      />
      {options.length === 0 ? (
        <Text c="dimmed">{t('noFrameworks')}</Text>
      ) : (
        <>
          <Select
            label={t('framework')}
            placeholder={t('chooseFramework')}
            data={options}
            value={codeId}
            onChange={(value) => value && choose(value)}
            allowDeselect={false}
            searchable
            style={{ maxWidth: 480 }}
            data-testid="reduction-framework"
          />
          {!hasInformants ? <Text c="dimmed">{t('noInformants')}</Text> : null}
          {codeId ? <ReductionGrid rootCodeId={codeId} /> : null}
        </>
      )}
    </Stack>
  );
}
