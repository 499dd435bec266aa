import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurfacedConflict } from '../../../shared/sync';
import { useAppStore } from '../../store';
import { resolveConflict } from './controller';
import { describeDoc, fieldText } from './describe-doc';
import { useSyncStore } from './sync-store';

/** Fields holding one text a person writes: those can be merged by hand. */
const MERGEABLE = new Set(['memo', 'text', 'note', 'reduced', 'definition', 'journal', 'focus']);

function ConflictCard({ conflict }: { conflict: SurfacedConflict }) {
  const { t } = useTranslation('teamSync');
  const locale = useAppStore((s) => s.locale);
  const [merging, setMerging] = useState(false);
  const mergeable = conflict.fields.filter((f) => MERGEABLE.has(f));
  const [merged, setMerged] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const choose = async (fields: Record<string, unknown>) => {
    setBusy(true);
    try {
      await resolveConflict(conflict.id, fields);
    } finally {
      setBusy(false);
    }
  };
  const startMerge = () => {
    setMerged(Object.fromEntries(mergeable.map((f) => [f, conflict.versions.map((v) => fieldText(v[f], locale)).filter(Boolean).join('\n\n')])));
    setMerging(true);
  };
  const pick = (version: (typeof conflict.versions)[number]) => Object.fromEntries(conflict.fields.map((f) => [f, version[f]]));
  return (
    <Card withBorder padding="sm" data-testid={`conflict-${conflict.id}`}>
      <Text fw={600} mb="xs">
        {describeDoc(t, locale, conflict.id, conflict.versions[0])}
      </Text>
      <SimpleGrid cols={conflict.versions.length} spacing="sm">
        {conflict.versions.map((version, n) => (
          <Stack key={version._rev} gap={6} data-testid="conflict-version">
            <Group gap={6}>
              <Text size="sm" fw={500}>
                {t('conflicts.version', { n: n + 1 })}
              </Text>
              {n === 0 ? (
                <Badge size="xs" variant="light">
                  {t('conflicts.shownNow')}
                </Badge>
              ) : null}
            </Group>
            {conflict.fields.map((field) => (
              <div key={field}>
                <Text size="xs" c="dimmed">
                  {t('conflicts.field', { field: t(`field.${field}`, { defaultValue: field }) })}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="conflict-text">
                  {fieldText(version[field], locale) || t('conflicts.empty')}
                </Text>
              </div>
            ))}
            <Button size="xs" variant="light" disabled={busy} onClick={() => void choose(pick(version))} data-testid="conflict-use">
              {t('conflicts.useThis')}
            </Button>
          </Stack>
        ))}
      </SimpleGrid>
      {mergeable.length > 0 && mergeable.length === conflict.fields.length ? (
        merging ? (
          <Stack gap="xs" mt="sm">
            {mergeable.map((field) => (
              <Textarea
                key={field}
                label={t('conflicts.field', { field: t(`field.${field}`, { defaultValue: field }) })}
                autosize
                minRows={3}
                value={merged[field] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setMerged((m) => ({ ...m, [field]: value }));
                }}
                data-testid="conflict-merge-text"
              />
            ))}
            <Group justify="flex-end">
              <Button size="xs" disabled={busy} onClick={() => void choose(mergedFields(conflict, merged))} data-testid="conflict-save-merge">
                {t('conflicts.saveMerge')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group justify="flex-end" mt="sm">
            <Button size="xs" variant="default" onClick={startMerge} data-testid="conflict-merge">
              {t('conflicts.merge')}
            </Button>
          </Group>
        )
      ) : null}
    </Card>
  );
}

/** A merged text keeps the field's shape: a localized label stays a {id, en} map. */
function mergedFields(conflict: SurfacedConflict, merged: Record<string, string>): Record<string, unknown> {
  const winner = conflict.versions[0]!;
  return Object.fromEntries(
    Object.entries(merged).map(([field, text]) => {
      const shape = winner[field];
      return [field, shape && typeof shape === 'object' && !Array.isArray(shape) ? { ...(shape as object), id: text } : text];
    }),
  );
}

/** Every conflict waiting for the student, each with its versions side by side. */
export function ConflictsDialog() {
  const { t } = useTranslation('teamSync');
  const opened = useSyncStore((s) => s.conflictsOpen);
  const conflicts = useSyncStore((s) => s.conflicts);
  return (
    <Modal opened={opened} onClose={() => useSyncStore.setState({ conflictsOpen: false })} title={t('conflicts.title')} size="xl" data-testid="sync-conflicts">
      <Stack gap="sm">
        <Text size="sm">{t('conflicts.intro')}</Text>
        {conflicts.length === 0 ? <Text c="dimmed">{t('conflicts.none')}</Text> : conflicts.map((c) => <ConflictCard key={c.id} conflict={c} />)}
      </Stack>
    </Modal>
  );
}
