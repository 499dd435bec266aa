import { Button, Group, Paper, ScrollArea, Table, TagsInput, Text, Title, VisuallyHidden } from '@mantine/core';
import { Plus } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Informant } from '../../../shared/model/types';
import { addInformant, deleteInformant, updateInformant, updateProject } from '../../../shared/project';
import { ConfirmDialog, usePendingConfirm, useRowsInSteps } from '../../components';
import { act, useAppStore } from '../../store';
import { InformantRow } from './InformantRow';

/** The table's columns and their widths (undefined: a share of what is left). */
const COLUMNS = [
  ['label', 56],
  ['name', undefined],
  ['position', undefined],
  ['category', 184],
  ['group', 146],
  ['interviewDate', 120],
  ['place', undefined],
  ['attributes', 104],
  ['memo', 44],
] as const;

/** The informants (cases) of the project, editable in place, with the category and group lists. */
export function InformantsTable() {
  const { t } = useTranslation('data');
  const informantsById = useAppStore((s) => s.current?.informants);
  const settings = useAppStore((s) => s.current?.project.settings);
  const documents = useAppStore((s) => s.current?.documents);
  const confirmDelete = usePendingConfirm<Informant>(
    (informant) => void act('deleteInformant', (state) => deleteInformant(state, informant.id)),
  );
  const pendingDelete = confirmDelete.pending;

  const informants = useMemo(
    () => Object.values(informantsById ?? {}).sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, undefined, { numeric: true })),
    [informantsById],
  );
  // Below the documents, out of sight when a project opens: built in the frames after it.
  const shown = useRowsInSteps(informants.length, 0);
  if (!settings) return null;
  const transcriptsOf = (id: string) => Object.values(documents ?? {}).filter((d) => d.informantId === id).length;
  const saveList = (key: 'informantCategories' | 'informantGroups', list: string[]) =>
    void act('updateSettings', (state) => updateProject(state, { settings: { ...state.project.settings, [key]: list } }));

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h5">
          {t('informantsTitle')}
        </Title>
        <Button
          size="xs"
          leftSection={<Plus size={14} />}
          onClick={() => void act('addInformant', (state) => addInformant(state, {}).changeset)}
          data-testid="add-informant"
        >
          {t('addInformant')}
        </Button>
      </Group>
      <ScrollArea>
        {/* Fits a 1366 px laptop beside the navigation: fixed columns, the text columns share the rest and wrap. */}
        <Table striped highlightOnHover verticalSpacing={4} layout="fixed" data-testid="informants-table" miw={860}>
          <Table.Thead>
            <Table.Tr>
              {COLUMNS.map(([key, width]) => (
                <Table.Th key={key} w={width}>
                  {t(`informant.${key}`)}
                </Table.Th>
              ))}
              <Table.Th w={40}>
                <VisuallyHidden>{t('deleteInformant')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {informants.slice(0, shown).map((informant) => (
              <InformantRow
                key={informant.id}
                informant={informant}
                categories={settings.informantCategories}
                groups={settings.informantGroups}
                onChange={(patch) => void act('updateInformant', (state) => updateInformant(state, informant.id, patch))}
                onDelete={() => confirmDelete.ask(informant)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {informants.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t('informantsEmpty')}
        </Text>
      ) : null}
      <Group grow align="flex-start" mt="md">
        <TagsInput
          size="xs"
          label={t('categoriesLabel')}
          description={t('categoriesHint')}
          value={settings.informantCategories}
          onChange={(list) => saveList('informantCategories', list)}
          data-testid="informant-categories"
        />
        <TagsInput
          size="xs"
          label={t('groupsLabel')}
          description={t('groupsHint')}
          value={settings.informantGroups}
          onChange={(list) => saveList('informantGroups', list)}
          data-testid="informant-groups"
        />
      </Group>
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title={t('deleteInformantTitle')}
        message={t('deleteInformantMessage', {
          label: pendingDelete?.label ?? '',
          name: pendingDelete?.name ?? '',
          count: pendingDelete ? transcriptsOf(pendingDelete.id) : 0,
        })}
        confirmLabel={t('deleteInformant')}
        danger
      />
    </Paper>
  );
}
