import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop } from '../../lib/api';
import { useAppStore } from '../../store';
import { checkAddress, probeConnection, type ConnectionProblem } from './connection';
import { connectProject, openFromServer } from './controller';
import { useSyncStore } from './sync-store';

/** "Hubungkan ke server": the database address, user and password; checked with the server first. */
export function ConnectDialog() {
  const { t } = useTranslation('teamSync');
  const opened = useSyncStore((s) => s.connectOpen);
  const hasProject = useAppStore((s) => s.current !== null);
  const close = () => useSyncStore.setState({ connectOpen: false });
  return (
    <Modal opened={opened} onClose={close} title={hasProject ? t('dialog.title') : t('dialog.openTitle')} size="lg" data-testid="sync-connect-dialog">
      {opened ? <ConnectForm close={close} /> : null}
    </Modal>
  );
}

/** The form, mounted afresh each time the dialog opens (filled with the stored address). */
function ConnectForm({ close }: { close: () => void }) {
  const { t } = useTranslation('teamSync');
  const address = useSyncStore((s) => s.address);
  const projectId = useAppStore((s) => s.current?.project.id ?? null);
  const [url, setUrl] = useState(address?.url ?? '');
  const [username, setUsername] = useState(address?.username ?? '');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ConnectionProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const wrong = checkAddress(url) ?? (username.trim() && password ? null : { key: 'dialog.needUser' });
    if (wrong) return setProblem(wrong);
    setBusy(true);
    const connection = { url: url.trim().replace(/\/+$/, ''), username: username.trim(), password };
    const probe = await probeConnection(connection);
    if ('problem' in probe) {
      setBusy(false);
      return setProblem(probe.problem);
    }
    const server = probe.project;
    try {
      if (!projectId) {
        // From the start screen: open the project the database holds.
        if (!server) return setProblem({ key: 'dialog.emptyDatabase' });
        await openFromServer(server.id, connection);
      } else {
        if (server && server.id !== projectId) return setProblem({ key: 'dialog.otherProject', values: { title: server.title } });
        await connectProject(projectId, connection);
      }
      close();
    } catch (err) {
      setProblem({ key: 'dialog.unreachable', values: { detail: err instanceof Error ? err.message : String(err) } });
    } finally {
      setBusy(false);
    }
  };

  return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{projectId ? t('dialog.intro') : t('dialog.openIntro')}</Text>
          <TextInput label={t('dialog.url')} description={t('dialog.urlHint')} value={url} onChange={(e) => setUrl(e.currentTarget.value)} data-testid="sync-url" autoComplete="url" required />
          <TextInput label={t('dialog.user')} value={username} onChange={(e) => setUsername(e.currentTarget.value)} data-testid="sync-user" autoComplete="username" required />
          <PasswordInput
            label={t('dialog.password')}
            description={isDesktop ? t('dialog.passwordDesktop') : t('dialog.passwordWeb')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            data-testid="sync-password"
            autoComplete="current-password"
            required
          />
          {problem ? (
            <Alert color="red" data-testid="sync-connect-problem">
              {t(problem.key, problem.values)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('dialog.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="sync-connect-submit">
              {projectId ? t('dialog.connect') : t('dialog.open')}
            </Button>
          </Group>
        </Stack>
      </form>
  );
}
