import { Alert } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/**
 * Saving a Word document a screen builds on the spot (the instruments, the BAB IV draft): the
 * button's busy state, and what came of it — the file written, or why it was not — as alerts.
 */
export function useDocumentSave(savedMessage: (file: string) => string, testId: string): { saving: boolean; run(save: () => Promise<string | null>): Promise<void>; alerts: ReactNode } {
  const [saved, setSaved] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const run = async (save: () => Promise<string | null>) => {
    setSaved(null);
    setFailed(null);
    setSaving(true);
    try {
      // null: the student cancelled the save dialog, nothing to say.
      const name = await save();
      if (name) setSaved(name);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };
  const alerts = (
    <>
      {saved ? (
        <Alert color="teal" withCloseButton onClose={() => setSaved(null)} data-testid={testId}>
          {savedMessage(saved)}
        </Alert>
      ) : null}
      {failed ? (
        <Alert color="red" withCloseButton onClose={() => setFailed(null)}>
          {failed}
        </Alert>
      ) : null}
    </>
  );
  return { saving, run, alerts };
}
