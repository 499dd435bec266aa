import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './preview.module.css';

/**
 * The first pages of the built appendix. The HTML comes from mammoth, which escapes every
 * text it reads from the file, and the page's CSP runs no inline script.
 */
export function ExportPreview({ html }: { html: string }) {
  const { t } = useTranslation('exporting');
  return (
    <Paper withBorder p="md" data-testid="export-preview">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('preview')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('previewHint')}
        </Text>
        <div className={classes.page} dangerouslySetInnerHTML={{ __html: html }} />
      </Stack>
    </Paper>
  );
}
