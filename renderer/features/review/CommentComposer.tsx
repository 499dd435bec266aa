import { Button, Group } from '@mantine/core';
import { UndoableTextarea } from '../../components';
import { useState } from 'react';

/**
 * A text box with a send button, for a new comment or a reply. Ctrl+Enter sends; the text
 * is kept when sending is refused, so nothing typed is lost.
 */
export function CommentComposer(props: {
  placeholder: string;
  sendLabel: string;
  send(text: string): Promise<boolean>;
  autoFocus?: boolean;
  testId: string;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!text.trim() || busy) return;
    setBusy(true);
    const done = await props.send(text);
    setBusy(false);
    if (done) setText('');
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <UndoableTextarea
        autosize
        minRows={2}
        maxRows={8}
        value={text}
        placeholder={props.placeholder}
        aria-label={props.placeholder}
        autoFocus={props.autoFocus}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit();
          }
        }}
        data-testid={`${props.testId}-text`}
      />
      <Group justify="flex-end" mt={4}>
        <Button type="submit" size="compact-sm" disabled={!text.trim()} loading={busy} data-testid={`${props.testId}-send`}>
          {props.sendLabel}
        </Button>
      </Group>
    </form>
  );
}
