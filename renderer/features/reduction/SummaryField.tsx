import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UndoableTextarea, useTextDraft } from '../../components';

interface FieldProps {
  value: string;
  label: string;
  testId: string;
  /** Shown as text only (review mode). */
  readOnly?: boolean;
  onCommit(text: string): void;
}

/**
 * A cell's summary, editable in place. Shown as plain text until clicked, so a grid of a
 * thousand cells does not mount a thousand inputs; the editor saves once, on leaving it
 * (one undo step), and then turns back into text.
 */
export function SummaryField(props: FieldProps) {
  const { t } = useTranslation('reduction');
  const [editing, setEditing] = useState(false);
  const { value, label, testId, readOnly } = props;
  if (readOnly) {
    return value ? (
      <div title={label} data-testid={testId} style={{ whiteSpace: 'pre-wrap', fontSize: 12, lineHeight: 1.4, padding: '4px 6px' }}>
        {value}
      </div>
    ) : null;
  }
  if (editing) return <SummaryEditor {...props} onDone={() => setEditing(false)} />;
  return (
    <button
      type="button"
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

/**
 * The editor of one summary. What was typed is saved when the editor is left, when the
 * window closes, and also when it disappears without losing focus — its row scrolled out
 * of the windowed grid, the framework switched — so no words are lost. Escape discards.
 */
function SummaryEditor({ value, label, testId, onCommit, onDone }: FieldProps & { onDone(): void }) {
  const summary = useTextDraft(value, onCommit);
  return (
    <UndoableTextarea
      value={summary.draft}
      onChange={(event) => summary.setDraft(event.currentTarget.value)}
      onBlur={() => {
        summary.flush();
        onDone();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          summary.discard();
          onDone();
        }
      }}
      aria-label={label}
      autoFocus
      autosize
      minRows={2}
      maxRows={12}
      size="xs"
      data-testid={`${testId}-input`}
    />
  );
}
