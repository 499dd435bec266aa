import { Button, Group, List, Paper, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { CircleAlert, CircleCheck, FileUp, Hourglass, LoaderCircle } from 'lucide-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isDesktop, TRANSCRIPT_ACCEPT } from '../../lib/api';
import { unreadFile, type FileImportStatus } from './import-files';
import { runImport, useImportProgress } from './import-progress';

const STATUS_ICON: Record<FileImportStatus, { icon: typeof FileUp; color: string }> = {
  waiting: { icon: Hourglass, color: 'gray' },
  importing: { icon: LoaderCircle, color: 'indigo' },
  done: { icon: CircleCheck, color: 'teal' },
  error: { icon: CircleAlert, color: 'red' },
};

/** Imports dropped browser files (the drop zone and the whole window use this); each is read only once its size passed. */
export async function importDroppedFiles(files: FileList | File[]): Promise<void> {
  await runImport(Array.from(files).map(unreadFile));
}

/** The drop zone and "Impor transkrip" button, with per-file progress and errors. */
export function ImportPanel() {
  const { t } = useTranslation('data');
  const { running, files, clear } = useImportProgress();
  const [over, setOver] = useState(false);
  // In a browser the button opens this input (tests can also set files on it directly).
  const inputRef = useRef<HTMLInputElement>(null);
  const finished = files.filter((f) => f.status === 'done' || f.status === 'error').length;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation(); // the window-wide drop handler must not import the same files again
    setOver(false);
    if (event.dataTransfer.files.length) void importDroppedFiles(event.dataTransfer.files);
  };

  return (
    <Paper
      withBorder
      p="md"
      data-testid="import-dropzone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{ borderStyle: 'dashed', borderWidth: 2, background: over ? 'var(--mantine-color-indigo-0)' : undefined }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size="lg">
            <FileUp size={20} />
          </ThemeIcon>
          <Stack gap={0}>
            <Text fw={500}>{t('dropTitle')}</Text>
            <Text size="sm" c="dimmed">
              {t('dropHint')}
            </Text>
          </Stack>
        </Group>
        <input
          ref={inputRef}
          type="file"
          multiple
          accept={TRANSCRIPT_ACCEPT}
          hidden
          data-testid="import-input"
          onChange={(e) => {
            const input = e.currentTarget;
            const chosen = Array.from(input.files ?? []);
            input.value = ''; // choosing the same file again must import it again
            if (chosen.length) void importDroppedFiles(chosen);
          }}
        />
        <Button
          loading={running}
          onClick={() => (isDesktop ? void api.transcriptsPick().then(runImport) : inputRef.current?.click())}
          leftSection={<FileUp size={16} />}
          data-testid="import-button"
        >
          {t('importButton')}
        </Button>
      </Group>
      {files.length > 0 ? (
        <Stack gap="xs" mt="md" data-testid="import-progress">
          <Progress value={(finished / files.length) * 100} animated={running} />
          <List spacing={4} size="sm" center>
            {files.map((file, index) => {
              const { icon: Icon, color } = STATUS_ICON[file.status];
              return (
                <List.Item
                  key={`${file.name}-${index}`}
                  data-testid="import-file"
                  data-status={file.status}
                  icon={
                    <ThemeIcon color={color} variant="light" size="sm" radius="xl">
                      <Icon size={12} />
                    </ThemeIcon>
                  }
                >
                  <Text span size="sm" fw={500}>
                    {file.name}
                  </Text>{' '}
                  <Text span size="sm" c={file.status === 'error' ? 'red' : 'dimmed'}>
                    {file.status === 'error' ? file.message : t(`status.${file.status}`)}
                  </Text>
                  {file.notice ? (
                    <Text size="sm" c="orange.8" data-testid="import-notice">
                      {file.notice}
                    </Text>
                  ) : null}
                </List.Item>
              );
            })}
          </List>
          {!running ? (
            <Group justify="flex-end">
              <Button size="compact-xs" variant="subtle" color="gray" onClick={clear}>
                {t('clearProgress')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}
    </Paper>
  );
}
