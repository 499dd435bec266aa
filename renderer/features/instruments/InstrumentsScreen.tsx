import { Button, Group, Paper, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { FileDown } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createGuide, instrumentsOf, removeGuideFramework } from '../../../shared/instruments';
import { childrenOf, codeLabel } from '../../../shared/project';
import { ScreenHeader, useDocumentSave } from '../../components';
import { act, useAppStore } from '../../store';
import { AnswersPanel } from './AnswersPanel';
import { exportGuide } from './export-guide';
import { GuideEditor } from './GuideEditor';

/** Research instruments: the three guides as tabs, and the answers linked to the questions. */
export function InstrumentsScreen() {
  const { t } = useTranslation('instruments');
  const state = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const [framework, setFramework] = useState<string | null>(null);
  const guide = useDocumentSave((file) => t('exported', { file }), 'guide-exported');
  const roots = useMemo(
    // Frameworks: built-in roots, or the student's own top-level codes that group indicators.
    () =>
      state
        ? Object.values(state.codes)
            .filter((c) => c.parentId === null && (c.frameworkId !== null || childrenOf(state, c.id).length > 0))
            .sort((a, b) => a.order - b.order)
        : [],
    [state],
  );
  if (!state) return null;
  const instruments = instrumentsOf(state);
  const inGuide = roots.filter((r) => instruments.frameworkCodeIds.includes(r.id));
  const available = roots.filter((r) => !instruments.frameworkCodeIds.includes(r.id));
  const choice = framework && available.some((r) => r.id === framework) ? framework : (available[0]?.id ?? null);
  const create = (rootId: string | null) => {
    if (rootId) void act('createGuide', (s) => createGuide(s, rootId));
  };
  const save = () => guide.run(() => exportGuide(state, locale));
  const frameworkPicker = (
    <Select
      label={t('framework')}
      w={320}
      data={available.map((r) => ({ value: r.id, label: codeLabel(r, locale) }))}
      value={choice}
      onChange={setFramework}
      allowDeselect={false}
      data-testid="guide-framework"
    />
  );

  return (
    <Stack gap="md" data-testid="instruments-screen">
      <ScreenHeader
        title={t('screenTitle')}
        hint={t('screenHint')}
        actions={
          inGuide.length ? (
            <Button leftSection={<FileDown size={16} />} loading={guide.saving} onClick={() => void save()} data-testid="guide-export">
              {t('exportWord')}
            </Button>
          ) : undefined
        }
      />
      {guide.alerts}
      {inGuide.length === 0 ? (
        <Paper withBorder p="lg" data-testid="guide-empty">
          <Stack gap="sm" maw={640}>
            <Title order={3} size="h4">
              {t('emptyTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('emptyHint')}
            </Text>
            <Group align="flex-end">
              {frameworkPicker}
              <Button disabled={!choice} onClick={() => create(choice)} data-testid="guide-create">
                {t('create')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : (
        <>
          <Group gap="xs" align="flex-end">
            {available.length ? (
              <>
                {frameworkPicker}
                <Button variant="light" disabled={!choice} onClick={() => create(choice)} data-testid="guide-add-framework">
                  {t('addFramework')}
                </Button>
              </>
            ) : null}
            {inGuide.map((root) => (
              <Group key={root.id} gap={4}>
                <Button variant="default" size="compact-sm" onClick={() => create(root.id)} data-testid={`guide-fill-${root.id}`}>
                  {t('fillGaps')}: {codeLabel(root, locale)}
                </Button>
                <Button variant="subtle" color="red" size="compact-sm" onClick={() => void act('removeGuideFramework', (s) => removeGuideFramework(s, root.id))}>
                  {t('removeFramework')}
                </Button>
              </Group>
            ))}
          </Group>
          <Tabs defaultValue="interview" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="interview" data-testid="guide-tab-interview">
                {t('tab_interview')}
              </Tabs.Tab>
              <Tabs.Tab value="observation" data-testid="guide-tab-observation">
                {t('tab_observation')}
              </Tabs.Tab>
              <Tabs.Tab value="documentation" data-testid="guide-tab-documentation">
                {t('tab_documentation')}
              </Tabs.Tab>
              <Tabs.Tab value="answers" data-testid="guide-tab-answers">
                {t('tab_answers')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="interview" pt="md">
              <GuideEditor kind="interview" />
            </Tabs.Panel>
            <Tabs.Panel value="observation" pt="md">
              <GuideEditor kind="observation" />
            </Tabs.Panel>
            <Tabs.Panel value="documentation" pt="md">
              <GuideEditor kind="documentation" />
            </Tabs.Panel>
            <Tabs.Panel value="answers" pt="md">
              <AnswersPanel />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
