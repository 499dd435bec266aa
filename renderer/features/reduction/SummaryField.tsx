import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitTextarea } from '../../components';

/**
 * A cell's summary, editable in place. Shown as plain text until clicked, so a grid of a
 * thousand cells does not mount a thousand inputs; the editor saves once, on leaving it
 * (one undo step), and then turns back into text.
 */
export function SummaryField({ value, label, testId, onCommit }: { value: string; label: string; testId: string; onCommit(text: string): void }) {
  const { t } = useTranslation('reduction');
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <div onBlur={() => setEditing(false)}>
        <CommitTextarea
          value={value}
          onCommit={onCommit}
          aria-label={label}
          autoFocus
          autosize
          minRows={2}
          maxRows={12}
          size="xs"
          data-testid={`${testId}-input`}
        />
      </div>
    );
  }
  return (
    <button
      type="button"
      className="pilah-summary"
      aria-label={label}
      title={label}
      onClick={() => setEditing(true)}
      onFocus={() => setEditing(true)}
      data-testid={testId}
      style={{
        display: 'block',
        width: '100%',
        minHeight: 36,
        textAlign: 'left',
        whiteSpace: 'pre-wrap',
        font: 'inherit',
        fontSize: 12,
        lineHeight: 1.4,
        padding: '4px 6px',
        border: '1px dashed var(--mantine-color-gray-4)',
        borderRadius: 4,
        background: 'var(--mantine-color-white)',
        color: value ? 'inherit' : 'var(--mantine-color-dimmed)',
        cursor: 'text',
      }}
    >
      {value || t('summaryPlaceholder')}
    </button>
  );
}
