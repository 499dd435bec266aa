import { AppShell, Box, MantineProvider, ScrollArea } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Splitter, usePanelSize, type PanelBounds } from '../components';
import { useAutoBackup } from '../features/backups';
import { useWindowFileDrop } from '../features/data';
import { CommentsPanel, ReadOnlyRoleBanner } from '../features/review';
import { StartDialogs, StartScreen } from '../features/start';
import { ConflictsDialog, ConnectDialog, SyncNotices, useTeamSync } from '../features/sync';
import { ReadOnlyBanner, useWriterLock } from '../features/writer-lock';
import { useAppStore } from '../store';
import { AppHeader } from './AppHeader';
import { ErrorBanner } from './ErrorBanner';
import { Navigation } from './Navigation';
import { ScreenView } from './ScreenView';
import './focus.css';
import { cssVariablesResolver, localizedTheme } from './theme';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { useMenuCommands } from './use-menu-commands';
import { useReopenLastProject } from './use-reopen-last-project';
import { useResumePlace } from './use-resume-place';

/** The method navigation: resizable, and collapsible to a rail of its step icons. */
const NAVIGATION: PanelBounds = { initial: 240, min: 180, max: 360 };
const NAVIGATION_RAIL = 60;

/** The whole app: the start screen, or the open project with its method navigation. */
export function App() {
  const { t } = useTranslation('common');
  const [navigation, setNavigation] = usePanelSize('navigation', NAVIGATION);
  const hasProject = useAppStore((s) => s.current !== null);
  const fullWidth = useAppStore((s) => s.screen === 'coding');
  const commentsOpen = useAppStore((s) => s.current !== null && s.commentsOpen);
  useGlobalShortcuts();
  useMenuCommands();
  useAutoBackup();
  useWindowFileDrop();
  useWriterLock();
  useTeamSync();
  // Before the last project reopens: its place is restored as it opens.
  useResumePlace();
  const ready = useReopenLastProject();
  const theme = useMemo(() => localizedTheme(t('close')), [t]);

  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <AppShell header={{ height: 52 }} navbar={hasProject ? { width: navigation.collapsed ? NAVIGATION_RAIL : navigation.width, breakpoint: 0 } : undefined}
        aside={commentsOpen ? { width: 360, breakpoint: 0 } : undefined}
        padding={fullWidth ? 0 : 'lg'}>
        <AppShell.Header>
          <AppHeader />
        </AppShell.Header>
        {hasProject ? (
          <AppShell.Navbar p="xs" id="app-navigation" data-testid="app-navigation">
            <AppShell.Section grow component={ScrollArea}>
              <Navigation compact={navigation.collapsed} />
            </AppShell.Section>
            <Splitter
              size={navigation}
              onChange={setNavigation}
              bounds={NAVIGATION}
              side="left"
              panel={t('panel.navigation')}
              controls="app-navigation"
              testId="navigation-splitter"
              style={{ position: 'absolute', top: 0, bottom: 0, right: -5, zIndex: 5 }}
            />
          </AppShell.Navbar>
        ) : null}
        {commentsOpen ? (
          <AppShell.Aside p="xs" data-testid="comments-panel">
            <CommentsPanel />
          </AppShell.Aside>
        ) : null}
        <AppShell.Main bg="gray.0">
          {!ready ? (
            <ErrorBanner />
          ) : !hasProject ? (
            <>
              <ErrorBanner />
              <StartScreen />
            </>
          ) : fullWidth ? (
            // The coding workspace fills the window below the header and scrolls inside its panes;
            // a message above it takes its share of that height instead of pushing it off screen.
            <Box h="calc(100dvh - var(--app-shell-header-height, 52px))" style={{ display: 'flex', flexDirection: 'column', overflow: 'hidden' }}>
              <ErrorBanner />
              <ReadOnlyBanner />
              <ReadOnlyRoleBanner />
              <SyncNotices />
              <Box style={{ flex: 1, minHeight: 0 }}>
                <ScreenView />
              </Box>
            </Box>
          ) : (
            <>
              <ErrorBanner />
              <ReadOnlyBanner />
              <ReadOnlyRoleBanner />
              <SyncNotices />
              <ScreenView />
            </>
          )}
        </AppShell.Main>
      </AppShell>
      <StartDialogs />
      <ConnectDialog />
      {hasProject ? <ConflictsDialog /> : null}
    </MantineProvider>
  );
}
