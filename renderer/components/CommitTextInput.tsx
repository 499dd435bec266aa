import { TextInput, type TextInputProps, type TextareaProps } from '@mantine/core';
import { UndoableTextarea } from './UndoableTextarea';
import { useTextDraft } from './use-text-draft';

type CommitProps = { value: string; onCommit(value: string): void };

/**
 * A text input that hands what was typed over once — on leaving the field or Enter — as one
 * undoable command, not one per keystroke; Escape drops it. See useTextDraft for when else
 * the draft is saved (the field going away, the window closing).
 */
export function CommitTextInput({ value, onCommit, ...rest }: CommitProps & Omit<TextInputProps, 'value' | 'onChange'>) {
  const { draft, setDraft, flush, discard } = useTextDraft(value, onCommit);
  return (
    <TextInput
      {...rest}
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={flush}
      onKeyDown={(e) => {
        if (e.key === 'Enter') flush();
        if (e.key === 'Escape') discard();
      }}
    />
  );
}

/**
 * A textarea that hands what was typed over once, on leaving it (as CommitTextInput). With
 * `singleLine`, a one-line value that wraps onto as many lines as it needs, so a long name is
 * read whole in a narrow column: Enter saves it, Escape drops the typing, line breaks become spaces.
 */
export function CommitTextarea({ value, onCommit, singleLine = false, ...rest }: CommitProps & { singleLine?: boolean } & Omit<TextareaProps, 'value' | 'onChange'>) {
  const { draft, setDraft, flush, discard } = useTextDraft(value, onCommit);
  return (
    <UndoableTextarea
      {...rest}
      value={draft}
      onChange={(e) => setDraft(singleLine ? e.currentTarget.value.replace(/\r?\n/g, ' ') : e.currentTarget.value)}
      onBlur={flush}
      onKeyDown={
        singleLine
          ? (e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                flush();
              }
              if (e.key === 'Escape') discard();
            }
          : undefined
      }
    />
  );
}
