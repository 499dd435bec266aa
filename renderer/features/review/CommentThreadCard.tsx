import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { CheckCheck, RotateCcw, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../shared/model/types';

import { coderName, deleteComment, reopenThread, replyToComment, resolveThread, targetLabel, type CommentThread } from '../../../shared/review';
import { formatDateTime } from '../../lib/format';
import { act, useAppStore } from '../../store';
import { useReadOnlyRole } from './active-coder';
import { CommentComposer } from './CommentComposer';
import { goToTarget } from './comment-navigation';

/** One comment: who, when, what; the author may delete it. */
function CommentBody({ comment, reply }: { comment: Comment; reply: boolean }) {
  const { t } = useTranslation('review');
  const current = useAppStore((s) => s.current!);
  const locale = useAppStore((s) => s.locale);
  const activeCoderId = useAppStore((s) => s.activeCoderId);
  const readOnly = useReadOnlyRole() !== null;
  return (
    <Stack gap={2} pl={reply ? 'sm' : 0} style={reply ? { borderLeft: '2px solid var(--mantine-color-gray-3)' } : undefined} data-testid={reply ? 'comment-reply' : 'comment-root'}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" fw={600} data-testid="comment-author">
          {coderName(current, comment.authorId, locale)}
          <Text span size="xs" c="dimmed" fw={400}>
            {' · '}
            {formatDateTime(comment.createdAt, locale)}
          </Text>
        </Text>
        {comment.authorId === activeCoderId && !readOnly ? (
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            aria-label={t('deleteComment')}
            title={t('deleteComment')}
            onClick={() => void act('deleteComment', (s, by) => deleteComment(s, comment.id, by.coderId))}
            data-testid="comment-delete"
          >
            <Trash2 size={12} />
          </Button>
        ) : null}
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="comment-text">
        {comment.text}
      </Text>
    </Stack>
  );
}

/** A thread: where it is anchored (click to go there), the first comment, replies, reply, resolve or reopen. */
export function CommentThreadCard({ thread }: { thread: CommentThread }) {
  const { t } = useTranslation('review');
  const current = useAppStore((s) => s.current!);
  const locale = useAppStore((s) => s.locale);
  const [replying, setReplying] = useState(false);
  // Team sync: an observer reads the threads; replying and resolving are not offered.
  const readOnly = useReadOnlyRole() !== null;
  const { root } = thread;
  const label = targetLabel(current, root.target, locale);

  return (
    <Paper withBorder p="xs" radius="sm" data-testid="comment-thread" data-resolved={thread.resolved} data-target-kind={root.target.kind} data-comment-id={root.id} bg={thread.resolved ? 'gray.0' : undefined}>
      <Stack gap={6}>
        {label.missing || root.target.kind === 'project' ? (
          <Text size="xs" c="dimmed" fs={label.missing ? 'italic' : undefined} data-testid="comment-target">
            {label.text}
          </Text>
        ) : (
          <Anchor component="button" type="button" size="xs" ta="left" onClick={() => goToTarget(root.target)} aria-label={t('openTarget', { target: label.text })} data-testid="comment-target">
            {label.text}
          </Anchor>
        )}
        <CommentBody comment={root} reply={false} />
        {thread.replies.map((reply) => (
          <CommentBody key={reply.id} comment={reply} reply />
        ))}
        {thread.resolved && root.resolvedAt ? (
          <Text size="xs" c="teal.8" data-testid="comment-resolved-by">
            {t('resolvedBy', { name: coderName(current, root.resolvedBy, locale), time: formatDateTime(root.resolvedAt, locale) })}
          </Text>
        ) : null}
        {replying ? (
          <CommentComposer
            autoFocus
            placeholder={t('replyPlaceholder')}
            sendLabel={t('postReply')}
            testId="reply"
            send={async (text) => {
              const done = await act('replyComment', (s, by) => replyToComment(s, root.id, text, by.coderId, by.now).changeset);
              if (done) setReplying(false);
              return done;
            }}
          />
        ) : null}
        {readOnly ? null : (
          <Group gap="xs" justify="flex-end">
            {!replying ? (
              <Button size="compact-xs" variant="subtle" onClick={() => setReplying(true)} data-testid="comment-reply-open">
                {t('reply')}
              </Button>
            ) : null}
            {thread.resolved ? (
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<RotateCcw size={12} />}
                onClick={() => void act('reopenComment', (s) => reopenThread(s, root.id))}
                data-testid="comment-reopen"
              >
                {t('reopen')}
              </Button>
            ) : (
              <Button
                size="compact-xs"
                variant="light"
                color="teal"
                leftSection={<CheckCheck size={12} />}
                onClick={() => void act('resolveComment', (s, by) => resolveThread(s, root.id, by.coderId, by.now))}
                data-testid="comment-resolve"
              >
                {t('resolve')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
