import { Alert, Button, Group, Text, Tooltip } from '@mantine/core';
import { Lock, LockOpen } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { activeWriter } from './browser-writer';

/**
 * Says that this tab only shows the project because another tab edits it, offers to take
 * editing over, and says so briefly when this tab became the editor because the other closed.
 */
export function ReadOnlyBanner() {
  const { t } = useTranslation('writer');
  const reason = useAppStore((s) => (s.readOnly ? s.readOnlyReason : null));
  const notice = useAppStore((s) => s.writerNotice);
  const dismiss = useAppStore((s) => s.dismissWriterNotice);
  const [taking, setTaking] = useState(false);
  if (taking && reason === null) setTaking(false);

  if (reason === 'other-tab' || reason === 'taken-over') {
    const key = reason === 'other-tab' ? 'otherTab' : 'takenOver';
    return (
      <Alert color="orange" variant="light" icon={<Lock size={18} />} title={t(`${key}.title`)} mb="md" data-testid="read-only-banner" data-reason={reason} role="status">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Text size="sm" style={{ flex: '1 1 320px' }}>
            {t(`${key}.body`)}
          </Text>
          <Tooltip label={t('takeOverHint')} multiline w={300}>
            <Button
              size="xs"
              color="orange"
              loading={taking}
              onClick={() => {
                setTaking(true);
                activeWriter()?.takeOver();
              }}
              data-testid="take-over"
            >
              {t('takeOver')}
            </Button>
          </Tooltip>
        </Group>
      </Alert>
    );
  }
  if (notice === 'promoted' && reason === null) {
    return (
      <Alert color="teal" variant="light" icon={<LockOpen size={18} />} withCloseButton closeButtonLabel={t('dismiss')} onClose={dismiss} mb="md" data-testid="writer-notice" role="status">
        {t('promoted')}
      </Alert>
    );
  }
  return null;
}
