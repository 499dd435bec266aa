import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { coderName } from '../../../shared/review';
import { formatDateTime } from '../../lib/format';
import { useAppStore } from '../../store';

/** "Memo last written by …, …" under a memo, when the project recorded it. */
export function MemoAuthor({ row }: { row: { memoBy?: string | null; memoAt?: string } }) {
  const { t } = useTranslation('review');
  const name = useAppStore((s) => (s.current && row.memoAt ? coderName(s.current, row.memoBy ?? null, s.locale) : null));
  const locale = useAppStore((s) => s.locale);
  if (!row.memoAt || name === null) return null;
  return (
    <Text size="xs" c="dimmed" mt={-6} data-testid="memo-author">
      {t('memoBy', { name, time: formatDateTime(row.memoAt, locale) })}
    </Text>
  );
}
