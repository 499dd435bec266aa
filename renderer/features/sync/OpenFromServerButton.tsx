import { Button } from '@mantine/core';
import { CloudDownload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useSyncStore } from './sync-store';

/** The start screen's "Buka dari server": a project kept in a CouchDB database, opened here. */
export function OpenFromServerButton() {
  const { t } = useTranslation('teamSync');
  return (
    <Button variant="default" leftSection={<CloudDownload size={16} />} onClick={() => useSyncStore.setState({ connectOpen: true })} data-testid="open-from-server">
      {t('openFromServer')}
    </Button>
  );
}
