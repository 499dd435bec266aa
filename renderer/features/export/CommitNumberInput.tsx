import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTextDraft } from '../../components';

/**
 * A number field whose value is kept in the project: what is typed stays as typed until the
 * field is left or Enter is pressed, then is handed over once (one undo step, brought into
 * range by the format); an emptied or unreadable field goes back to the saved number.
 */
export function CommitNumberInput({ value, onCommit, ...rest }: { value: number; onCommit(value: number): void } & Omit<NumberInputProps, 'value' | 'onChange'>) {
  const { draft, setDraft, flush, discard } = useTextDraft(String(value), (text) => {
    const number = Number(text.replace(',', '.'));
    if (text.trim() !== '' && Number.isFinite(number)) onCommit(number);
  });
  // Left empty or unreadable, the field shows the saved number again once it loses focus.
  const [focused, setFocused] = useState(false);
  const readable = draft.trim() !== '' && Number.isFinite(Number(draft.replace(',', '.')));
  return (
    <NumberInput
      {...rest}
      value={focused || readable ? draft : String(value)}
      onFocus={() => setFocused(true)}
      onChange={(v) => setDraft(String(v))}
      onBlur={() => {
        setFocused(false);
        if (readable) flush();
        else discard();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') flush();
        if (e.key === 'Escape') discard();
      }}
    />
  );
}
