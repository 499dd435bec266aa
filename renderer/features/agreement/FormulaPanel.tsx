import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The formulas a table was computed with, printed beside it as plain text. */
export function FormulaPanel({ lines, withBands = true }: { lines: readonly string[]; withBands?: boolean }) {
  const { t } = useTranslation('agreement');
  return (
    <Paper withBorder p="sm" bg="gray.0" data-testid="agreement-formulas">
      <Stack gap={6}>
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('formulas')}
        </Text>
        {lines.map((line) => (
          <Text key={line} size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap' }}>
            {line}
          </Text>
        ))}
        {withBands ? (
          <Text size="xs" c="dimmed">
            {t('bandsNote')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
