import { Button, Group, Menu, Modal, Text } from '@mantine/core';
import { Check, ChevronDown, Lock, LogOut, UserRound, Users } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coderName, codersInOrder } from '../../../shared/review';
import { workLock } from '../../../shared/sync';
import { useAppStore } from '../../store';
import { chooseActiveCoder, leaveReview } from './active-coder';
import { activeCoderLabel, coderOptionLabel, ownerLabel } from './coder-labels';
import { CodersDialog } from './CodersDialog';

/** "Who is working": the owner or one of the project's coders, and managing coders. */
export function CoderMenu() {
  const { t } = useTranslation('review');
  const locale = useAppStore((s) => s.locale);
  // It shows the coders and the owner's name only: rendered when those change, not on every coding.
  const coders = useAppStore((s) => s.current?.coders);
  const researcher = useAppStore((s) => s.current?.project.researcher);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the project as of the last change of what it shows
  const current = useMemo(() => useAppStore.getState().current, [coders, researcher]);
  const activeCoderId = useAppStore((s) => s.activeCoderId);
  // While reviewing, the supervisor stays who is working until they finish the review.
  const reviewing = useAppStore((s) => s.reviewing);
  // Team sync: connected as a second coder or supervisor, the server's roles say who works.
  const lock = workLock(useAppStore((s) => s.syncIdentity));
  const [managing, setManaging] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  if (!current) return null;
  const label = activeCoderLabel(current, activeCoderId, locale);
  const mark = (selected: boolean) => (selected ? <Check size={14} /> : <span style={{ width: 14 }} />);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            leftSection={<UserRound size={14} />}
            rightSection={<ChevronDown size={14} />}
            aria-label={`${t('whoIsWorking')}: ${label}`}
            title={`${t('whoIsWorking')}: ${label}`}
            data-testid="active-coder"
            maw={260}
            // The project title gives way first: the name of who is working is read whole.
            style={{ minWidth: 0, flexShrink: 0 }}
          >
            {/* The name only: the header is narrow; the role shows in the title and the menu. */}
            {coderName(current, activeCoderId, locale)}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('whoIsWorking')}</Menu.Label>
          {lock ? (
            <Menu.Label data-testid="coder-locked-note" maw={280} style={{ whiteSpace: 'normal' }}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Lock size={12} style={{ flexShrink: 0, marginTop: 2 }} />
                <span>{t(lock.reviewing ? 'lockedReviewer' : 'lockedCoder', { name: Object.hasOwn(current.coders, lock.coderId) ? coderName(current, lock.coderId, locale) : lock.coderId })}</span>
              </Group>
            </Menu.Label>
          ) : null}
          <Menu.Item leftSection={mark(activeCoderId === null)} disabled={reviewing || lock !== null} onClick={() => chooseActiveCoder(null)} data-testid="coder-option-owner">
            {ownerLabel(current, locale)}
          </Menu.Item>
          {codersInOrder(current).map((coder) => (
            <Menu.Item
              key={coder.id}
              leftSection={mark(activeCoderId === coder.id)}
              disabled={(reviewing && activeCoderId !== coder.id) || (lock !== null && lock.coderId !== coder.id)}
              onClick={() => chooseActiveCoder(coder.id)}
              data-testid={`coder-option-${coder.id}`}
            >
              {coderOptionLabel(coder, locale)}
            </Menu.Item>
          ))}
          <Menu.Divider />
          {reviewing ? (
            <Menu.Item leftSection={<LogOut size={14} />} color="orange" disabled={lock?.reviewing === true} onClick={() => setConfirmLeave(true)} data-testid="leave-review">
              {t('leaveReview')}
            </Menu.Item>
          ) : null}
          <Menu.Item leftSection={<Users size={14} />} onClick={() => setManaging(true)} data-testid="manage-coders">
            {t('manageCoders')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CodersDialog opened={managing} onClose={() => setManaging(false)} />
      <Modal opened={confirmLeave} onClose={() => setConfirmLeave(false)} title={t('leaveReviewTitle')} centered>
        <Text size="sm">{t('leaveReviewBody')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setConfirmLeave(false)}>
            {t('common:cancel')}
          </Button>
          <Button
            color="orange"
            data-testid="leave-review-confirm"
            onClick={() => {
              setConfirmLeave(false);
              void leaveReview();
            }}
          >
            {t('leaveReview')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
