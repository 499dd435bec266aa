import { ActionIcon, Tooltip } from '@mantine/core';
import { MessageSquare } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';

/** The header's review controls: the comments panel toggle. */
export function ReviewHeaderControls() {
  const { t } = useTranslation('review');
  const open = useAppStore((s) => s.commentsOpen);
  const openComments = useAppStore((s) => s.openComments);
  const closeComments = useAppStore((s) => s.closeComments);
  return (
    <Tooltip label={t('title')}>
      <ActionIcon
        variant={open ? 'filled' : 'subtle'}
        aria-label={t('title')}
        data-testid="comments-toggle"
        onClick={() => (open ? closeComments() : openComments())}
      >
        <MessageSquare size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
