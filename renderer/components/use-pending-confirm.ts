import { useState } from 'react';

/**
 * The item an action waits on while the user answers a ConfirmDialog: `ask(item)` opens
 * the dialog, `dialogProps` go on it, and confirming closes it and then runs `act(item)`.
 */
export function usePendingConfirm<T>(act: (item: T) => void) {
  const [pending, setPending] = useState<T | null>(null);
  return {
    pending,
    ask: (item: T) => setPending(item),
    dialogProps: {
      opened: pending !== null,
      onCancel: () => setPending(null),
      onConfirm: () => {
        if (pending === null) return;
        setPending(null);
        act(pending);
      },
    },
  };
}
