import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { Download, Upload } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_PROFILE_IDS, builtInProfile, isBuiltInProfileId, matchingBuiltIn, type FormatProfile } from '../../../shared/appendix';
import type { Locale } from '../../../shared/model/types';
import { CommitTextInput } from '../../components';
import { api } from '../../lib/api';
import { act } from '../../store';
import { profileFile, readProfileFile, saveProfile } from './format-profile-actions';

const CUSTOM = 'custom';

type Outcome = { kind: 'refused'; message: string } | { kind: 'done'; message: string } | null;

/**
 * The project's format profile: pick a built-in campus profile, name it, export it as a .json
 * file for a whole cohort, or import the file a supervisor handed out. A refused file changes
 * nothing and says why in one sentence.
 */
export function FormatProfilePanel({ profile, locale }: { profile: FormatProfile; locale: Locale }) {
  const { t } = useTranslation('exporting');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const builtIn = matchingBuiltIn(profile.settings);
  const options = [
    ...BUILT_IN_PROFILE_IDS.map((id) => ({ value: id, label: builtInProfile(id, locale).name })),
    ...(builtIn ? [] : [{ value: CUSTOM, label: profile.name }]),
  ];

  const importFile = async () => {
    const file = await api.fileOpen({ kind: 'formatProfile' });
    if (!file) return;
    const read = readProfileFile(file, locale);
    if (!read.ok) return setOutcome({ kind: 'refused', message: read.message });
    if (await saveProfile(act, read.profile)) setOutcome({ kind: 'done', message: t('profileImported', { name: read.profile.name }) });
  };

  const exportFile = async () => {
    const { name, bytes } = profileFile(profile);
    const written = await api.fileSave({ kind: 'json', suggestedName: name, bytes });
    if (written) setOutcome({ kind: 'done', message: t('profileExported', { file: written }) });
  };

  return (
    <Paper withBorder p="md" data-testid="format-profile">
      <Title order={3} size="h5" mb={4}>
        {t('profileTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('profileHint')}
      </Text>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <Select
            label={t('profileChoice')}
            description={builtIn ? t(`formatProfile:builtIn.${builtIn}.hint`) : undefined}
            data={options}
            value={builtIn ?? CUSTOM}
            allowDeselect={false}
            onChange={(value) => {
              setOutcome(null);
              if (value && isBuiltInProfileId(value)) void saveProfile(act, builtInProfile(value, locale));
            }}
            data-testid="format-profile-choice"
          />
          <CommitTextInput
            label={t('profileName')}
            value={profile.name}
            maxLength={100}
            onCommit={(name) => {
              if (name.trim() && name.trim() !== profile.name) void saveProfile(act, { ...profile, name: name.trim() });
            }}
            data-testid="format-profile-name"
          />
        </Group>
        <Group>
          <Button variant="light" leftSection={<Download size={16} />} onClick={() => void exportFile()} data-testid="format-profile-export">
            {t('profileExport')}
          </Button>
          <Button variant="light" leftSection={<Upload size={16} />} onClick={() => void importFile()} data-testid="format-profile-import">
            {t('profileImport')}
          </Button>
        </Group>
        {outcome?.kind === 'refused' ? (
          <Alert color="red" role="alert" data-testid="format-profile-refused">
            {outcome.message}
          </Alert>
        ) : outcome?.kind === 'done' ? (
          <Text size="sm" c="green.8" role="status" data-testid="format-profile-done">
            {outcome.message}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
