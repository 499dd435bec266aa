import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  /** Red confirm button for actions that remove something. */
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before an action that cannot be taken back by a single click. */
export function ConfirmDialog({ opened, title, message, confirmLabel, danger = false, onConfirm, onCancel }: Props) {
  const { t } = useTranslation('common');
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered>
      <Text size="sm">{message}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onCancel} data-testid="confirm-cancel">
          {t('cancel')}
        </Button>
        <Button color={danger ? 'red' : undefined} onClick={onConfirm} data-testid="confirm-ok">
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
