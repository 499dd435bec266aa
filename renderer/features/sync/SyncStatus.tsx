import { Badge, Button, Menu, Text, Tooltip } from '@mantine/core';
import { CloudAlert, CloudCheck, CloudOff, CloudUpload, KeyRound, Split } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { disconnectProject, followProject } from './controller';
import { shownStatus, useSyncStore, type ShownStatus } from './sync-store';

const LOOK: Record<ShownStatus, { color: string; icon: typeof CloudCheck }> = {
  off: { color: 'gray', icon: CloudOff },
  synced: { color: 'teal', icon: CloudCheck },
  pending: { color: 'blue', icon: CloudUpload },
  conflict: { color: 'orange', icon: Split },
  offline: { color: 'gray', icon: CloudAlert },
  login: { color: 'red', icon: KeyRound },
};

/**
 * Follows the open project: starts its team sync when it is connected to a server. Only the
 * tab that edits the project syncs it (features/writer-lock); a read-only tab follows that
 * tab's writes as it does without a server.
 */
export function useTeamSync(): void {
  const projectId = useAppStore((s) => (s.readOnly ? null : (s.current?.project.id ?? null)));
  useEffect(() => {
    void followProject(projectId);
  }, [projectId]);
}

/** The header's sync status (tersinkron / menunggu / konflik / terputus) and its menu. */
export function SyncStatus() {
  const { t } = useTranslation('teamSync');
  const projectId = useAppStore((s) => s.current?.project.id ?? null);
  const status = useSyncStore(shownStatus);
  const conflicts = useSyncStore((s) => s.conflicts.length);
  const address = useSyncStore((s) => s.address);
  if (!projectId) return null;
  const { color, icon: Icon } = LOOK[status];
  const open = (patch: { connectOpen?: boolean; conflictsOpen?: boolean }) => useSyncStore.setState(patch);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label={t(`hint.${status}`, { count: conflicts })} multiline w={300} withinPortal>
          <Button variant="subtle" color={color} size="compact-sm" leftSection={<Icon size={16} />} data-testid="sync-status" data-status={status} aria-label={`${t('menuLabel')}: ${t(`status.${status}`)}`}>
            {status === 'off' ? t('menuLabel') : t(`status.${status}`)}
            {status === 'conflict' ? (
              <Badge ml={6} size="xs" color="orange" circle>
                {conflicts}
              </Badge>
            ) : null}
          </Button>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        {address ? (
          <Menu.Label>
            <Text size="xs" maw={280} truncate="end">
              {t('connectedTo', { user: address.username, url: address.url })}
            </Text>
          </Menu.Label>
        ) : null}
        <Menu.Item onClick={() => open({ connectOpen: true })} data-testid="sync-connect">
          {address ? t('reconnect') : t('connect')}
        </Menu.Item>
        {conflicts > 0 ? (
          <Menu.Item onClick={() => open({ conflictsOpen: true })} data-testid="sync-show-conflicts">
            {t('showConflicts', { count: conflicts })}
          </Menu.Item>
        ) : null}
        {address ? (
          <Menu.Item color="red" onClick={() => void disconnectProject(projectId)} data-testid="sync-disconnect">
            {t('disconnect')}
          </Menu.Item>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}
