import { Badge, NavLink, Stack, Text, Tooltip } from '@mantine/core';
import {
  Archive,
  CheckCheck,
  ClipboardList,
  Database,
  FileOutput,
  Filter,
  Grid3x3,
  Highlighter,
  NotebookPen,
    Search,
  Users,
  type LucideIcon,
} from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { segmentCount } from '../../shared/project';
import { useAppStore, type Screen } from '../store';

interface Step {
  screen: Screen;
  icon: LucideIcon;
  /** Its place in the Miles & Huberman cycle, or null for a tool beside it. */
  number: number | null;
}

// The method's order (Miles & Huberman): the instruments the data are collected with, data,
// coding and reduction, display, conclusions, and the appendix; then the tools beside the cycle.
const STEPS: Step[] = [
  { screen: 'instruments', icon: ClipboardList, number: 1 },
  { screen: 'data', icon: Database, number: 2 },
  { screen: 'coding', icon: Highlighter, number: 3 },
  { screen: 'reduction', icon: Filter, number: 4 },
  { screen: 'display', icon: Grid3x3, number: 5 },
  { screen: 'conclusions', icon: CheckCheck, number: 6 },
  { screen: 'export', icon: FileOutput, number: 7 },
  { screen: 'retrieve', icon: Search, number: null },
  { screen: 'agreement', icon: Users, number: null },
  { screen: 'journal', icon: NotebookPen, number: null },
  { screen: 'backups', icon: Archive, number: null },
];
const FIRST_TOOL: Screen = 'retrieve';


/**
 * The left navigation, following the method, with each step's progress; `compact` (the
 * navigation collapsed to a rail) shows each step's number or icon, its name on hover.
 */
export function Navigation({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation('common');
  const screen = useAppStore((s) => s.screen);
  const setScreen = useAppStore((s) => s.setScreen);
  const documents = useAppStore((s) => (s.current ? Object.keys(s.current.documents).length : 0));
  const segments = useAppStore((s) => (s.current ? segmentCount(s.current) : 0));
  const progress: Partial<Record<Screen, string>> = {
    data: t('nav.dataProgress', { count: documents }),
    coding: t('nav.codingProgress', { count: segments }),
  };

  return (
    <Stack gap={2}>
      {compact ? null : (
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="sm" pb={4}>
          {t('nav.method')}
        </Text>
      )}
      {STEPS.map(({ screen: target, icon: Icon, number }) => {
        const numbered = number !== null;
        const label = t(`nav.${target}`);
        const link = (
          <NavLink
            key={target}
            // A button, not Mantine's `<a>` without href: reachable with Tab, opened with Enter or Space.
            component="button"
            aria-current={screen === target ? 'page' : undefined}
            active={screen === target}
            onClick={() => setScreen(target)}
            label={compact ? undefined : label}
            aria-label={compact ? label : undefined}
            description={compact ? undefined : progress[target]}
            leftSection={
              numbered ? (
                <Badge size="sm" circle variant={screen === target ? 'filled' : 'light'}>
                  {number}
                </Badge>
              ) : (
                <Icon size={16} />
              )
            }
            rightSection={numbered && !compact ? <Icon size={14} color="var(--mantine-color-gray-5)" /> : undefined}
            data-testid={`nav-${target}`}
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            mt={target === FIRST_TOOL ? 'md' : undefined}
          />
        );
        return compact ? (
          <Tooltip key={target} label={progress[target] ? `${label} · ${progress[target]}` : label} position="right">
            {link}
          </Tooltip>
        ) : (
          link
        );
      })}
    </Stack>
  );
}
