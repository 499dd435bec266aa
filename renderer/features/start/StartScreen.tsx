import { Alert, Button, Container, Grid, Group, Loader, Stack, Text, Title, Tooltip } from '@mantine/core';
import { FolderOpen, Plus, Eye, Users } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { CohortScreen, useCohort } from '../cohort';
import { useAppStore } from '../../store';
import { OpenFromServerButton } from '../sync';
import { ProjectList } from './ProjectList';
import { SampleList } from './SampleList';
import { SAMPLES } from './samples';
import { cancelOpening, openProjectFile, useStartUi } from './start-ui';

/** The first screen: recent projects, a new project, a project file, or a sample. */
export function StartScreen() {
  const { t } = useTranslation('start');
  const refreshProjects = useAppStore((s) => s.refreshProjects);
  const setWizardOpen = useStartUi((s) => s.setWizardOpen);
  const busy = useStartUi((s) => s.busy);
  const opening = useStartUi((s) => s.opening);
  const cancelledFile = useStartUi((s) => s.cancelledFile);
  const cohortOpen = useCohort((s) => s.open);
  const openCohort = useCohort((s) => s.setOpen);
  const [appInfo, setAppInfo] = useState<{ version: string; platform: string } | null>(null);
  useEffect(() => {
    void refreshProjects();
  }, [refreshProjects]);
  useEffect(() => {
    api.appInfo().then(setAppInfo, () => undefined);
  }, []);

  if (cohortOpen) return <CohortScreen />;
  return (
    <Container size="lg" py="xl" data-testid="start-screen">
      <Stack gap={4} mb="xl">
        <Title order={1} size="h2">
          {t('welcome')}
        </Title>
        <Text c="dimmed">{t('common:tagline')}</Text>
      </Stack>
      <Group mb="xl">
        <Button leftSection={<Plus size={16} />} onClick={() => setWizardOpen(true)} data-testid="new-project">
          {t('newProject')}
        </Button>
        <Button variant="default" leftSection={<FolderOpen size={16} />} loading={busy} onClick={() => void openProjectFile()} data-testid="open-project-file">
          {t('openFile')}
        </Button>
        <OpenFromServerButton />
        <Tooltip label={t('review:openForReviewHint')} multiline w={300}>
          <Button variant="default" leftSection={<Eye size={16} />} loading={busy} onClick={() => void openProjectFile({ forReview: true })} data-testid="open-for-review">
            {t('review:openForReview')}
          </Button>
        </Tooltip>
        <Tooltip label={t('cohort:openHint')} multiline w={300}>
          <Button variant="default" leftSection={<Users size={16} />} onClick={() => openCohort(true)} data-testid="open-cohort">
            {t('cohort:open')}
          </Button>
        </Tooltip>
      </Group>
      {opening ? (
        <Group mb="xl" gap="sm" role="status" data-testid="opening-progress">
          <Loader size="xs" />
          <Text size="sm">{t(opening.step === 'reading' ? 'openingReading' : 'openingStoring', { name: opening.fileName })}</Text>
          <Button size="compact-sm" variant="default" onClick={cancelOpening} data-testid="opening-cancel">
            {t('openingCancel')}
          </Button>
        </Group>
      ) : cancelledFile ? (
        <Alert mb="xl" color="gray" withCloseButton closeButtonLabel={t('common:close')} onClose={() => useStartUi.setState({ cancelledFile: null })} data-testid="opening-cancelled">
          {t('openingCancelled', { name: cancelledFile })}
        </Alert>
      ) : null}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: SAMPLES.length ? 7 : 12 }}>
          <Title order={2} size="h4" mb="sm">
            {t('recentProjects')}
          </Title>
          <ProjectList />
        </Grid.Col>
        {SAMPLES.length ? (
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Title order={2} size="h4" mb="xs">
              {t('samplesTitle')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('samplesHint')}
            </Text>
            <SampleList />
          </Grid.Col>
        ) : null}
      </Grid>
      {appInfo ? (
        <Text size="xs" c="dimmed" mt={48} data-testid="app-version">
          {t('version', { version: appInfo.version, platform: appInfo.platform })}
        </Text>
      ) : null}
    </Container>
  );
}
