import { Alert, Button, Group, List, Modal, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useAppStore } from '../../store';
import { copyTitle } from './duplicate-project';
import { needsReview } from './open-project-file';
import { acceptProjectFile, openExistingInstead, useStartUi } from './start-ui';

/** What opening a project file found: the error, or who made it and what was left out, before it is stored. */
export function ProjectFileDialog() {
  const { t } = useTranslation('start');
  const result = useStartUi((s) => s.fileResult);
  const dismiss = useStartUi((s) => s.dismissFile);
  const forReview = useStartUi((s) => s.forReview);
  const duplicate = useStartUi((s) => s.duplicate);
  const locale = useAppStore((s) => s.locale);
  const projects = useAppStore((s) => s.projects);
  const [reviewer, setReviewer] = useState('');
  const opened = result !== null && (forReview || duplicate !== null || needsReview(result));
  const needsName = forReview && !reviewer.trim();
  const reviewerName = forReview ? reviewer : undefined;
  const title = !result?.ok
    ? t('fileErrorTitle')
    : duplicate
      ? t('duplicateTitle')
      : forReview
      ? t('review:openForReview')
      : result.warnings.length > 0
        ? t('fileWarningsTitle')
        : t('refi:foreign-title');
  return (
    <Modal opened={opened} onClose={dismiss} title={title} centered size="lg">
      {result && !result.ok ? (
        <Text size="sm" data-testid="project-file-error">
          {result.message}
        </Text>
      ) : null}
      {result?.ok && duplicate ? (
        <Alert color="yellow" mb="md" data-testid="project-file-duplicate">
          <Text size="sm">{t('duplicateMessage', { file: result.fileName })}</Text>
          <Text size="sm" fw={600} mt={4} data-testid="project-file-duplicate-title">
            {duplicate.title}
          </Text>
          <Text size="xs" c="dimmed">
            {t('duplicateDetails', {
              researcher: duplicate.researcher || '—',
              date: formatDateTime(duplicate.modifiedAt, locale),
              documents: duplicate.documents,
              segments: duplicate.segments,
            })}
          </Text>
          <Text size="sm" mt="xs">
            {t('duplicateQuestion')}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t('duplicateReplaceHint')}{' '}
            {t('duplicateKeepBothAs', {
              title: copyTitle(result.snapshot.project.title, projects, (base, n) => t('copyTitle', { title: base, n })),
            })}
          </Text>
        </Alert>
      ) : null}
      {result?.ok ? (
        <>
          {result.producer.id !== 'pilah' ? (
            <Text size="sm" mb="sm" data-testid="project-file-producer">
              {t('refi:opened-from', { producer: t(`refi:producer-${result.producer.id}`), origin: result.producer.origin || '?' })}
            </Text>
          ) : null}
          {result.warnings.length > 0 ? (
            <>
              <Text size="sm" mb="sm">
                {t('fileWarningsIntro', { file: result.fileName })}
              </Text>
              <List size="sm" spacing={4} data-testid="project-file-warnings">
                {result.warnings.map((warning) => (
                  <List.Item key={warning}>{warning}</List.Item>
                ))}
              </List>
            </>
          ) : (
            <Text size="sm" data-testid="project-file-complete">
              {t('refi:nothing-skipped')}
            </Text>
          )}
        </>
      ) : null}
      {result?.ok && forReview ? (
        <TextInput
          mt="md"
          label={t('review:reviewerName')}
          description={t('review:reviewerNameHint')}
          value={reviewer}
          onChange={(e) => setReviewer(e.currentTarget.value)}
          data-autofocus
          data-testid="reviewer-name"
        />
      ) : null}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={dismiss} data-testid="project-file-dismiss">
          {result?.ok ? t('common:cancel') : t('common:close')}
        </Button>
        {result?.ok && duplicate ? (
          <>
            <Button variant="light" color="red" disabled={needsName} onClick={() => void acceptProjectFile(reviewerName, 'replace')} data-testid="project-file-replace">
              {t('duplicateReplace')}
            </Button>
            <Button variant="light" disabled={needsName} onClick={() => void acceptProjectFile(reviewerName, 'copy')} data-testid="project-file-keep-both">
              {t('duplicateKeepBoth')}
            </Button>
            <Button disabled={needsName} onClick={() => void openExistingInstead(reviewerName)} data-autofocus={forReview ? undefined : true} data-testid="project-file-open-existing">
              {t('duplicateOpenExisting')}
            </Button>
          </>
        ) : result?.ok && forReview ? (
          <Button disabled={!reviewer.trim()} onClick={() => void acceptProjectFile(reviewer)} data-testid="project-file-review">
            {t('review:openForReview')}
          </Button>
        ) : result?.ok ? (
          <Button onClick={() => void acceptProjectFile()} data-testid="project-file-accept">
            {t('fileOpenAnyway')}
          </Button>
        ) : null}
      </Group>
    </Modal>
  );
}
