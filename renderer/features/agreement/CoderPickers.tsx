import { Group, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { coderChoices, type CoderId } from '../../../shared/agreement';
import { useAppStore } from '../../store';
import { coderToValue, valueToCoder } from './coder-value';

/** The two coders to compare, each chosen from the owner and the project's coders. */
export function CoderPickers({ a, b, onChange }: { a: CoderId; b: CoderId; onChange(a: CoderId, b: CoderId): void }) {
  const { t } = useTranslation('agreement');
  const current = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const data = useMemo(
    () =>
      current
        ? coderChoices(current, locale).map((c) => ({ value: coderToValue(c.id), label: t('coderOption', { name: c.name, count: c.segments }) }))
        : [],
    // Counts follow the segments; names follow the coders table.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current?.segments, current?.coders, current?.project.researcher, locale, t],
  );
  return (
    <Group gap="sm" align="flex-end">
      <Select label={t('coderA')} data={data} value={coderToValue(a)} onChange={(v) => v !== null && onChange(valueToCoder(v), b)} allowDeselect={false} w={300} data-testid="agreement-coder-a" />
      <Select label={t('coderB')} data={data} value={coderToValue(b)} onChange={(v) => v !== null && onChange(a, valueToCoder(v))} allowDeselect={false} w={300} data-testid="agreement-coder-b" />
    </Group>
  );
}
