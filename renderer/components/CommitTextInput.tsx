import { TextInput, Textarea, type TextInputProps, type TextareaProps } from '@mantine/core';
import { useState } from 'react';
import { useUnsavedEdit } from '../lib/unsaved-edits';

/**
 * Keeps what the user types as a draft and hands it over once, when the field loses focus
 * or Enter is pressed — one undoable command per edit, not one per keystroke. When the
 * value changes from outside (undo, redo) the draft follows.
 */
function useDraft(value: string, onCommit: (value: string) => void) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  useUnsavedEdit(draft !== value, commit);
  return { draft, setDraft, commit };
}

type CommitProps = { value: string; onCommit(value: string): void };

export function CommitTextInput({ value, onCommit, ...rest }: CommitProps & Omit<TextInputProps, 'value' | 'onChange'>) {
  const { draft, setDraft, commit } = useDraft(value, onCommit);
  return (
    <TextInput
      {...rest}
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}

export function CommitTextarea({ value, onCommit, ...rest }: CommitProps & Omit<TextareaProps, 'value' | 'onChange'>) {
  const { draft, setDraft, commit } = useDraft(value, onCommit);
  return <Textarea {...rest} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} onBlur={commit} />;
}
