import { Button, Group, List, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { acceptProjectFile, useStartUi } from './start-ui';

/** What opening a project file found: the error, or what was left out, before it is stored. */
export function ProjectFileDialog() {
  const { t } = useTranslation('start');
  const result = useStartUi((s) => s.fileResult);
  const dismiss = useStartUi((s) => s.dismissFile);
  const opened = result !== null && (!result.ok || result.warnings.length > 0);
  return (
    <Modal opened={opened} onClose={dismiss} title={result?.ok ? t('fileWarningsTitle') : t('fileErrorTitle')} centered size="lg">
      {result && !result.ok ? (
        <Text size="sm" data-testid="project-file-error">
          {result.message}
        </Text>
      ) : null}
      {result?.ok ? (
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
      ) : null}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={dismiss}>
          {result?.ok ? t('common:cancel') : t('common:close')}
        </Button>
        {result?.ok ? (
          <Button onClick={() => void acceptProjectFile()} data-testid="project-file-accept">
            {t('fileOpenAnyway')}
          </Button>
        ) : null}
      </Group>
    </Modal>
  );
}
