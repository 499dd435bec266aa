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
import { memo } from 'react';
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
      {STEPS.map((step) => (
        <NavStep key={step.screen} step={step} label={t(`nav.${step.screen}`)} progress={progress[step.screen]} active={screen === step.screen} compact={compact} onOpen={setScreen} />
      ))}
    </Stack>
  );
}

interface NavStepProps {
  step: Step;
  label: string;
  progress: string | undefined;
  active: boolean;
  compact: boolean;
  onOpen(screen: Screen): void;
}

/** One step of the navigation; memoised, so a coding renders only the step whose count changed. */
const NavStep = memo(function NavStep({ step: { screen: target, icon: Icon, number }, label, progress, active, compact, onOpen }: NavStepProps) {
  const numbered = number !== null;
  const link = (
    <NavLink
      // A button, not Mantine's `<a>` without href: reachable with Tab, opened with Enter or Space.
      component="button"
      aria-current={active ? 'page' : undefined}
      active={active}
      onClick={() => onOpen(target)}
      label={compact ? undefined : label}
      aria-label={compact ? label : undefined}
      description={compact ? undefined : progress}
      leftSection={
        numbered ? (
          <Badge size="sm" circle variant={active ? 'filled' : 'light'}>
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
    <Tooltip label={progress ? `${label} · ${progress}` : label} position="right">
      {link}
    </Tooltip>
  ) : (
    link
  );
});
