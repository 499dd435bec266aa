import { ActionIcon, Alert, Anchor, Button, Group, ScrollArea, SegmentedControl, Stack, Text, Title, Tooltip } from '@mantine/core';
import { FileInput, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentTarget } from '../../../shared/model/types';

import { addComment, commentThreads, targetLabel, type ThreadFilter } from '../../../shared/review';
import { act, useAppStore } from '../../store';
import { useReadOnlyRole, useReviewMode } from './active-coder';
import { CommentComposer } from './CommentComposer';
import { CommentThreadCard } from './CommentThreadCard';
import { importReviewFile, type ImportReviewOutcome } from './import-review';

const PROJECT: CommentTarget = { kind: 'project' };

/**
 * The review comments panel beside every screen: threads filterable open / resolved, on
 * one target when opened from it; a new comment on that target (or the project); taking
 * comments back from a supervisor's review file.
 */
export function CommentsPanel() {
  const { t } = useTranslation('review');
  const current = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const target = useAppStore((s) => s.commentTarget);
  const openComments = useAppStore((s) => s.openComments);
  const closeComments = useAppStore((s) => s.closeComments);
  const reviewing = useReviewMode();
  const readOnly = useReadOnlyRole();
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const [outcome, setOutcome] = useState<ImportReviewOutcome>(null);
  const threads = useMemo(() => (current ? commentThreads(current, { filter, target: target ?? undefined }) : []), [current, filter, target]);
  if (!current) return null;
  const anchor = target ?? PROJECT;

  const post = (text: string) =>
    act('addComment', (s, by) => addComment(s, { target: anchor, text, authorId: by.coderId }, by.now).changeset);

  return (
    <Stack gap="xs" h="100%" data-testid="comments-panel-body">
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h4">
          {t('title')}
        </Title>
        <Tooltip label={t('closePanel')}>
          <ActionIcon variant="subtle" color="gray" aria-label={t('closePanel')} onClick={closeComments} data-testid="comments-close">
            <X size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      {readOnly ? (
        <Alert color="indigo" variant="light" p="xs" data-testid="read-only-role-notice">
          <Text size="xs">
            <Text span fw={700} size="xs">
              {t(readOnly === 'observer' ? 'readOnlyObserver' : 'readOnlyNoRole')}
            </Text>
            {'. '}
            {t('readOnlyHint')}
          </Text>
        </Alert>
      ) : reviewing ? (
        <Alert color="orange" variant="light" p="xs" data-testid="review-mode-notice">
          <Text size="xs">{t('reviewModeHint')}</Text>
        </Alert>
      ) : null}
      {readOnly ? null : (
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<FileInput size={14} />}
          onClick={async () => {
            // The last outcome goes at once, so it is never mistaken for this file's.
            setOutcome(null);
            setOutcome(await importReviewFile());
          }}
          data-testid="import-review"
        >
          {t('importReview')}
        </Button>
      )}
      {outcome ? (
        <Alert color={outcome.ok ? 'teal' : 'red'} variant="light" p="xs" withCloseButton onClose={() => setOutcome(null)} data-testid="import-review-message" data-ok={outcome.ok}>
          <Text size="xs">{outcome.message}</Text>
        </Alert>
      ) : null}
      <Stack gap={4}>
        {readOnly ? null : (
          <Text size="xs" c="dimmed" data-testid="new-comment-target">
            {t('newOn', { target: targetLabel(current, anchor, locale).text })}
          </Text>
        )}
        {target ? (
          <Anchor component="button" type="button" size="xs" ta="left" onClick={() => openComments()} data-testid="comments-show-all">
            {t('showAll')}
          </Anchor>
        ) : null}
        {readOnly ? null : <CommentComposer placeholder={t('placeholder')} sendLabel={t('post')} send={post} testId="new-comment" />}
      </Stack>
      <SegmentedControl
        size="xs"
        fullWidth
        value={filter}
        onChange={(value) => setFilter(value as ThreadFilter)}
        data={(['open', 'resolved', 'all'] as const).map((value) => ({ value, label: <span data-testid={`comments-filter-${value}`}>{t(`filter.${value}`)}</span> }))}
      />
      <ScrollArea style={{ flex: 1 }} offsetScrollbars>
        <Stack gap="xs" data-testid="comment-threads">
          {threads.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="comments-empty">
              {t(`empty.${filter}`)}
            </Text>
          ) : (
            threads.map((thread) => <CommentThreadCard key={thread.root.id} thread={thread} />)
          )}
        </Stack>
      </ScrollArea>
    </Stack>
  );
}
