import { AgreementScreen } from '../features/agreement';
import { BackupsScreen } from '../features/backups';
import { CodingScreen } from '../features/coding';
import { ConclusionsScreen } from '../features/conclusions';
import { DataScreen } from '../features/data';
import { DisplayScreen } from '../features/display';
import { ExportScreen } from '../features/export';
import { InstrumentsScreen } from '../features/instruments';
import { JournalScreen } from '../features/journal';
import { ReductionScreen } from '../features/reduction';
import { RetrieveScreen } from '../features/retrieve';
import { Suspense, useLayoutEffect } from 'react';
import { Center, Loader } from '@mantine/core';
import { useAppStore } from '../store';

/**
 * The screen of the open project the navigation points at. Screens other than data and coding
 * are loaded when first opened (React.lazy in their feature's index): the spinner shows while
 * their code arrives, a moment at most.
 */
export function ScreenView() {
  return (
    <Suspense
      fallback={
        <Center p="xl">
          <Loader size="sm" />
        </Center>
      }
    >
      <CurrentScreen />
    </Suspense>
  );
}

function CurrentScreen() {
  const screen = useAppStore((s) => s.screen);
  // The window scrolls the long screens (conclusions, export): a new screen starts at its
  // top, not where the previous one was left (e.g. after a warning scrolled to its card).
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [screen]);
  switch (screen) {
    case 'instruments':
      return <InstrumentsScreen />;
    case 'coding':
      return <CodingScreen />;
    case 'reduction':
      return <ReductionScreen />;
    case 'display':
      return <DisplayScreen />;
    case 'conclusions':
      return <ConclusionsScreen />;
    case 'export':
      return <ExportScreen />;
    case 'retrieve':
      return <RetrieveScreen />;
    case 'agreement':
      return <AgreementScreen />;
    case 'journal':
      return <JournalScreen />;
    case 'backups':
      return <BackupsScreen />;
    case 'data':
    case 'start':
      return <DataScreen />;
  }
}
