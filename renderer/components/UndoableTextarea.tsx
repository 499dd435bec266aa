import { Textarea, type TextareaProps } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { useCallback, useEffect, useLayoutEffect, useRef, type Ref } from 'react';

type Props = Omit<TextareaProps, 'value' | 'defaultValue'> & { value: string; ref?: Ref<HTMLTextAreaElement> };

/**
 * A Mantine Textarea whose text Ctrl+Z takes back as any editor does: what was typed, not
 * one character per press. Chromium ends its typing group whenever script writes a text
 * field's text, and two things did so on every keystroke: React, which keeps a controlled
 * <textarea>'s default text in step, and Mantine's `autosize`, which measures the height in a
 * hidden textarea it writes the text into. Here the text is written to the field only when
 * `value` differs from what it shows (on mount, and on undo, redo or another tab's change),
 * and `autosize` measures the field itself, which only sets its height.
 */
export function UndoableTextarea({ value, ref, autosize = false, minRows, maxRows, onChange, ...rest }: Props) {
  const own = useRef<HTMLTextAreaElement>(null);
  const merged = useMergedRef(own, ref);

  const resize = useCallback(() => {
    const node = own.current;
    if (!node || !autosize) return;
    const style = getComputedStyle(node);
    const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.55;
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    const border = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    const frame = style.boxSizing === 'border-box' ? padding + border : 0;
    node.style.setProperty('height', '0px', 'important');
    const content = node.scrollHeight - padding;
    const lowest = (minRows ?? 1) * line;
    const highest = maxRows === undefined ? Infinity : maxRows * line;
    node.style.setProperty('height', `${Math.ceil(Math.min(highest, Math.max(lowest, content)) + frame)}px`, 'important');
    node.style.overflowY = content > highest ? 'auto' : 'hidden';
  }, [autosize, minRows, maxRows]);

  useLayoutEffect(() => {
    const node = own.current;
    if (node && node.value !== value) node.value = value;
    resize();
  });
  // A narrower column wraps the text over more lines.
  useEffect(() => {
    const node = own.current;
    if (!node || !autosize || typeof ResizeObserver === 'undefined') return;
    let width = node.clientWidth;
    const observer = new ResizeObserver(() => {
      if (node.clientWidth === width) return;
      width = node.clientWidth;
      resize();
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [autosize, resize]);

  return (
    <Textarea
      {...rest}
      ref={merged}
      rows={autosize ? (minRows ?? 1) : rest.rows}
      onChange={(event) => {
        resize();
        onChange?.(event);
      }}
    />
  );
}
