import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { FileUp } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondCoderReport } from '../../../shared/agreement';
import type { ProjectSnapshot } from '../../../shared/model/types';
import { describeProjectFileError } from '../../../shared/refi/errors';
import { loadProjectFileReader } from '../../lib/project-file-reader';
import { api } from '../../lib/api';
import { useAppStore } from '../../store';
import { importSecondCoderFile } from './agreement-actions';

interface Picked {
  fileName: string;
  snapshot: ProjectSnapshot;
}

/**
 * "Impor file koder kedua…": pick the second coder's project file, name the coder, and add
 * their codings as one undoable step; then say what was placed and what was not.
 */
export function ImportSecondCoder({ onImported }: { onImported(coderId: string): void }) {
  const { t } = useTranslation('agreement');
  const locale = useAppStore((s) => s.locale);
  const reportError = useAppStore((s) => s.reportError);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SecondCoderReport | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const pick = async () => {
    const file = await api.projectOpenFile();
    if (!file) return;
    setResult(null);
    try {
      // The file is read as it is: its ids let codes match this project's by GUID.
      // importQdpx also reads texts another tool kept only in .docx.
      const snapshot = (await (await loadProjectFileReader()).importQdpx(file.bytes, { locale })).snapshot;
      setPicked({ fileName: file.name, snapshot });
      setName(snapshot.project.researcher.trim() || file.name.replace(/\.qdpx$/i, ''));
      setRefusal(null);
    } catch (err) {
      reportError(describeProjectFileError(err, locale, file.name));
    }
  };

  const confirm = async () => {
    if (!picked) return;
    setBusy(true);
    const outcome = await importSecondCoderFile(picked.snapshot, name);
    setBusy(false);
    if (!outcome) return setPicked(null);
    if (!outcome.ok) return setRefusal(outcome.message);
    setPicked(null);
    setResult(outcome.report);
    onImported(outcome.coderId);
  };

  return (
    <>
      <Button variant="light" leftSection={<FileUp size={16} aria-hidden />} onClick={() => void pick()} data-testid="agreement-import">
        {t('importSecond')}
      </Button>
      <Modal opened={picked !== null} onClose={() => setPicked(null)} title={t('importTitle')} centered>
        <Stack gap="sm">
          <Text size="sm">{t('importFile', { file: picked?.fileName ?? '' })}</Text>
          <TextInput
            label={t('importName')}
            description={t('importNameHint')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
            data-testid="agreement-import-name"
          />
          {refusal ? (
            <Alert color="red" data-testid="agreement-import-refused">
              {refusal}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button onClick={() => void confirm()} loading={busy} data-testid="agreement-import-confirm">
              {t('importConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {result ? <ImportSummary report={result} onClose={() => setResult(null)} /> : null}
    </>
  );
}

function ImportSummary({ report, onClose }: { report: SecondCoderReport; onClose(): void }) {
  const { t } = useTranslation('agreement');
  const notes = [
    report.unmatchedDocuments.length ? t('importUnmatchedDocuments', { list: report.unmatchedDocuments.join(', ') }) : null,
    report.unmatchedCodes.length ? t('importUnmatchedCodes', { list: report.unmatchedCodes.join(', ') }) : null,
    report.segmentsSkipped ? t('importSkipped', { count: report.segmentsSkipped }) : null,
    report.segmentsAlreadyHere ? t('importAlreadyHere', { count: report.segmentsAlreadyHere }) : null,
  ].filter((n): n is string => n !== null);
  return (
    <Modal opened onClose={onClose} title={t('importTitle')} centered>
      <Stack gap="sm" data-testid="agreement-import-summary">
        <Text>{t('importDone', { count: report.segmentsImported, documents: report.matchedDocuments.length })}</Text>
        {notes.length ? (
          <List size="sm">
            {notes.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
