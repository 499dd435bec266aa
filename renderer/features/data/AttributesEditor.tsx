import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitTextInput } from '../../components';

interface Props {
  attributes: Record<string, string>;
  onChange(attributes: Record<string, string>): void;
}

/** Free key/value attributes of an informant (jenis kelamin, usia, lama usaha …). */
export function AttributesEditor({ attributes, onChange }: Props) {
  const { t } = useTranslation('data');
  const [newKey, setNewKey] = useState('');
  const entries = Object.entries(attributes);

  const rename = (oldKey: string, key: string) => {
    const trimmed = key.trim();
    if (!trimmed || (trimmed !== oldKey && trimmed in attributes)) return;
    // Rebuild in order so the renamed attribute keeps its place.
    onChange(Object.fromEntries(entries.map(([k, v]) => (k === oldKey ? [trimmed, v] : [k, v]))));
  };
  const add = () => {
    const key = newKey.trim();
    if (!key || key in attributes) return;
    onChange({ ...attributes, [key]: '' });
    setNewKey('');
  };

  return (
    <Stack gap="xs" w={340}>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attributesEmpty')}
        </Text>
      ) : null}
      {entries.map(([key, value]) => (
        <Group key={key} gap={4} wrap="nowrap">
          <CommitTextInput size="xs" value={key} onCommit={(k) => rename(key, k)} aria-label={t('attributeName')} w={130} />
          <CommitTextInput size="xs" value={value} onCommit={(v) => onChange({ ...attributes, [key]: v })} aria-label={t('attributeValue')} style={{ flex: 1 }} />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('attributeRemove')}
            onClick={() => onChange(Object.fromEntries(entries.filter(([k]) => k !== key)))}
          >
            <X size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Group gap={4} wrap="nowrap">
        <TextInput
          size="xs"
          placeholder={t('attributeNewPlaceholder')}
          value={newKey}
          onChange={(e) => setNewKey(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
          style={{ flex: 1 }}
          data-testid="attribute-new-key"
        />
        <Button size="xs" variant="light" leftSection={<Plus size={14} />} onClick={add} disabled={!newKey.trim()}>
          {t('attributeAdd')}
        </Button>
      </Group>
    </Stack>
  );
}
