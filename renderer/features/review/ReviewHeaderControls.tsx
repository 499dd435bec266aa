import { Badge, Button, Group, Tooltip } from '@mantine/core';
import { Eye, MessageSquare } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { openThreadCount } from '../../../shared/review';
import { useAppStore } from '../../store';
import { useRememberedCoder, useReviewMode } from './active-coder';
import { CoderMenu } from './CoderMenu';

/** The header's review controls: review mode, who is working, and the comments toggle with the open count. */
export function ReviewHeaderControls() {
  const { t } = useTranslation('review');
  useRememberedCoder();
  const reviewing = useReviewMode();
  const open = useAppStore((s) => s.commentsOpen);
  const count = useAppStore((s) => (s.current ? openThreadCount(s.current) : 0));
  const openComments = useAppStore((s) => s.openComments);
  const closeComments = useAppStore((s) => s.closeComments);
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
      {reviewing ? (
        <Tooltip label={t('reviewModeHint')} multiline w={280}>
          <Badge color="orange" variant="filled" leftSection={<Eye size={12} />} data-testid="review-mode-banner" style={{ textTransform: 'none', flexShrink: 0, overflow: 'visible' }}>
            {t('reviewMode')}
          </Badge>
        </Tooltip>
      ) : null}
      <CoderMenu />
      <Tooltip label={t('toggle', { count })}>
        <Button
          size="compact-sm"
          variant={open ? 'filled' : 'subtle'}
          leftSection={<MessageSquare size={16} />}
          aria-label={t('toggleName', { count })}
          aria-pressed={open}
          data-testid="comments-toggle"
          style={{ flexShrink: 0 }}
          onClick={() => (open ? closeComments() : openComments())}
        >
          <span data-testid="open-comment-count">{count}</span>
        </Button>
      </Tooltip>
    </Group>
  );
}
