import { NativeSelect } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store';

/**
 * Chooses the transcript to code: each listed with its informant's label. Memoised: the pane
 * around it renders on every change of the text selection, the list of transcripts rarely.
 */
export const DocumentPicker = memo(function DocumentPicker() {
  const { t } = useTranslation('coding');
  const documents = useAppStore((s) => s.current?.documents);
  const informants = useAppStore((s) => s.current?.informants);
  const activeDocumentId = useAppStore((s) => s.activeDocumentId);
  const openDocument = useAppStore((s) => s.openDocument);
  const options = useMemo(
    () =>
      Object.values(documents ?? {})
        .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
        .map((d) => {
          const informant = d.informantId ? informants?.[d.informantId] : undefined;
          return { value: d.id, label: informant ? `${informant.label} · ${d.title}` : d.title };
        }),
    [documents, informants],
  );
  return (
    <NativeSelect
      aria-label={t('documentPicker')}
      data-testid="document-picker"
      value={activeDocumentId ?? ''}
      // The whole name on hover when the pane is too narrow to show it.
      title={options.find((o) => o.value === activeDocumentId)?.label}
      onChange={(e) => e.currentTarget.value && openDocument(e.currentTarget.value)}
      data={[{ value: '', label: t('chooseDocument'), disabled: true }, ...options]}
      style={{ flex: '1 1 12rem', minWidth: 0 }}
    />
  );
});
