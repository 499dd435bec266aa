import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoderRole } from '../../../shared/model/types';

import { addCoder, CODER_ROLES, codersInOrder, removeCoder, updateCoder } from '../../../shared/review';
import { CommitTextInput, DeleteIconButton } from '../../components';
import { act, useAppStore } from '../../store';
import { chooseActiveCoder } from './active-coder';

/** The project's coders: rename, change a role, remove one without work, add one by name and role. */
export function CodersDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation('review');
  // Rendered when the coders change, not on every coding.
  const coderTable = useAppStore((s) => s.current?.coders);
  const coders = useMemo(() => {
    const current = useAppStore.getState().current;
    return current ? codersInOrder(current) : [];
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the project as of the last change of its coders
  }, [coderTable]);
  const [name, setName] = useState('');
  const [role, setRole] = useState<CoderRole>('supervisor');
  const roles = CODER_ROLES.map((value) => ({ value, label: t(`role.${value}`) }));

  const add = async () => {
    let coderId: string | null = null;
    const done = await act('addCoder', (state) => {
      const result = addCoder(state, { name, role });
      coderId = result.coderId;
      return result.changeset;
    });
    if (!done || !coderId) return;
    setName('');
    // Whoever adds themselves is usually about to work as that coder.
    chooseActiveCoder(coderId);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('codersTitle')} centered size="lg">
      <Stack gap="sm" data-testid="coders-dialog">
        <Text size="sm" c="dimmed">
          {t('codersHint')}
        </Text>
        {coders.length === 0 ? (
          <Text size="sm">{t('noCoders')}</Text>
        ) : (
          coders.map((coder) => (
            <Group key={coder.id} gap="xs" wrap="nowrap" data-testid="coder-row">
              <CommitTextInput
                aria-label={t('coderName')}
                value={coder.name}
                onCommit={(next) => void act('updateCoder', (s) => updateCoder(s, coder.id, { name: next }))}
                style={{ flex: 1 }}
              />
              <Select
                aria-label={t('coderRole')}
                data={roles}
                value={coder.role}
                allowDeselect={false}
                onChange={(value) => value && void act('updateCoder', (s) => updateCoder(s, coder.id, { role: value as CoderRole }))}
                w={160}
              />
              <DeleteIconButton
                label={t('removeCoder', { name: coder.name })}
                onClick={() => void act('removeCoder', (s) => removeCoder(s, coder.id))}
              />
            </Group>
          ))
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput label={t('coderName')} value={name} onChange={(e) => setName(e.currentTarget.value)} style={{ flex: 1 }} data-testid="new-coder-name" />
            <Select label={t('coderRole')} data={roles} value={role} allowDeselect={false} onChange={(v) => v && setRole(v as CoderRole)} w={160} data-testid="new-coder-role" />
            <Button type="submit" leftSection={<Plus size={14} />} data-testid="add-coder">
              {t('addCoder')}
            </Button>
          </Group>
        </form>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-testid="coders-close">
            {t('close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
