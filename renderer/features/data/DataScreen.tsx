import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components';
import { DocumentsList } from './DocumentsList';
import { ImportPanel } from './ImportPanel';
import { InformantsTable } from './InformantsTable';

/** Data: transcripts in, informants described — the first step of the method. */
export function DataScreen() {
  const { t } = useTranslation('data');
  return (
    <Stack gap="md" data-testid="data-screen">
      <ScreenHeader title={t('title')} hint={t('hint')} />
      <ImportPanel />
      <DocumentsList />
      <InformantsTable />
    </Stack>
  );
}
