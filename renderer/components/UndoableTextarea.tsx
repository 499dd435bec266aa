import { Textarea, type TextareaProps } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { useCallback, useEffect, useLayoutEffect, useRef, type Ref } from 'react';

type Props = Omit<TextareaProps, 'value' | 'defaultValue'> & { value: string; ref?: Ref<HTMLTextAreaElement> };

/** Fields waiting to be fitted to their text, with their row limits. */
const pending = new Map<HTMLTextAreaElement, { minRows: number | undefined; maxRows: number | undefined }>();

/**
 * Fits every field queued in this task to its text at once, before the frame is drawn. Fitting
 * one field means collapsing it and reading its scrollHeight, which makes the browser lay out the
 * page; done field by field, a screen of 150 wrapping name fields (the informants of a
 * 50-transcript project) laid the page out 150 times. Here all styles are read, then all fields
 * collapsed, then all heights read (one layout), then all heights written.
 */
function fitQueued(): void {
  const jobs = [...pending].filter(([node]) => node.isConnected);
  pending.clear();
  const fits = jobs.map(([node, { minRows, maxRows }]) => {
    const style = getComputedStyle(node);
    const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.55;
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    const border = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    const frame = style.boxSizing === 'border-box' ? padding + border : 0;
    return { node, line, padding, frame, minRows, maxRows, content: 0 };
  });
  for (const fit of fits) fit.node.style.setProperty('height', '0px', 'important');
  for (const fit of fits) fit.content = fit.node.scrollHeight - fit.padding;
  for (const { node, line, frame, minRows, maxRows, content } of fits) {
    const lowest = (minRows ?? 1) * line;
    const highest = maxRows === undefined ? Infinity : maxRows * line;
    node.style.setProperty('height', `${Math.ceil(Math.min(highest, Math.max(lowest, content)) + frame)}px`, 'important');
    node.style.overflowY = content > highest ? 'auto' : 'hidden';
  }
}

function scheduleAutosize(node: HTMLTextAreaElement, minRows: number | undefined, maxRows: number | undefined): void {
  if (pending.size === 0) queueMicrotask(fitQueued);
  pending.set(node, { minRows, maxRows });
}

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
    if (node && autosize) scheduleAutosize(node, minRows, maxRows);
  }, [autosize, minRows, maxRows]);

  // Fitted again only when the text or the limits change (typing fits it in onChange), not on
  // every render of the screen around it.
  const fittedFor = useRef<{ value: string; resize: () => void } | null>(null);
  useLayoutEffect(() => {
    const node = own.current;
    if (node && node.value !== value) node.value = value;
    if (fittedFor.current?.value === value && fittedFor.current.resize === resize) return;
    fittedFor.current = { value, resize };
    resize();
  });
  // A narrower column wraps the text over more lines.
  useEffect(() => {
    const node = own.current;
    if (!node || !autosize || typeof ResizeObserver === 'undefined') return;
    // The observer's first report is the width the field was fitted at; reading clientWidth
    // here instead made the browser lay the page out again for every field.
    let width: number | null = null;
    const observer = new ResizeObserver((entries) => {
      const now = entries[0]?.contentRect.width ?? 0;
      if (now === width) return;
      const first = width === null;
      width = now;
      if (!first) resize();
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
