import { Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './preview.module.css';

/**
 * The first pages of the built appendix. The HTML comes from mammoth, which escapes every
 * text it reads from the file, and the page's CSP runs no inline script.
 */
export function ExportPreview({ html }: { html: string }) {
  const { t } = useTranslation('exporting');
  const ref = useRef<HTMLDivElement>(null);
  // The preview opens below the dialog's fold: without scrolling to it, the button seems to do nothing.
  useEffect(() => {
    ref.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [html]);
  return (
    <Paper ref={ref} withBorder p="md" data-testid="export-preview" style={{ scrollMarginTop: 'calc(var(--app-shell-header-height, 52px) + 8px)' }}>
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('preview')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('previewHint')}
        </Text>
        <div className={classes.page} tabIndex={0} role="region" aria-label={t('preview')} dangerouslySetInnerHTML={{ __html: html }} />
      </Stack>
    </Paper>
  );
}
