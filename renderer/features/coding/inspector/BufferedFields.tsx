import { TextInput, type TextInputProps, type TextareaProps } from '@mantine/core';
import { UndoableTextarea } from '../../../components';
import { useBufferedField } from './use-buffered-field';

/** `value` is the stored text; `save` receives the text after each editing pause. */
type BufferedProps = { value: string; save(next: string): void };

/** A text area of the inspector that saves one undoable command per editing pause. */
export function BufferedTextarea({ value, save, ...rest }: BufferedProps & Omit<TextareaProps, 'value' | 'onChange' | 'onBlur'>) {
  const field = useBufferedField(value, save);
  return <UndoableTextarea {...rest} value={field.value} onChange={(e) => field.onChange(e.currentTarget.value)} onBlur={field.onBlur} />;
}

/** A one-line field of the inspector that saves one undoable command per editing pause. */
export function BufferedTextInput({ value, save, ...rest }: BufferedProps & Omit<TextInputProps, 'value' | 'onChange' | 'onBlur'>) {
  const field = useBufferedField(value, save);
  return <TextInput {...rest} value={field.value} onChange={(e) => field.onChange(e.currentTarget.value)} onBlur={field.onBlur} />;
}
