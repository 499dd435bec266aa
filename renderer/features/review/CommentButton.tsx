import { Button } from '@mantine/core';
import { MessageSquarePlus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CommentTarget } from '../../../shared/model/types';
import { openThreadCount } from '../../../shared/review';
import { useAppStore } from '../../store';

/** "Beri komentar" on a segment, code, cell or conclusion: opens the panel on its threads. */
export function CommentButton({ target, testId }: { target: CommentTarget; testId: string }) {
  const { t } = useTranslation('review');
  const count = useAppStore((s) => (s.current ? openThreadCount(s.current, target) : 0));
  const openComments = useAppStore((s) => s.openComments);
  return (
    <Button size="compact-xs" variant="subtle" leftSection={<MessageSquarePlus size={14} />} onClick={() => openComments(target)} data-testid={testId}>
      {count > 0 ? t('commentCount', { count }) : t('commentOn')}
    </Button>
  );
}
