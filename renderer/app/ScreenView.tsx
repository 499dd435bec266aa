import { BackupsScreen } from '../features/backups';
import { CodingScreen } from '../features/coding';
import { DataScreen } from '../features/data';
import { JournalScreen } from '../features/journal';
import { RetrieveScreen } from '../features/retrieve';
import { useAppStore } from '../store';

/** The screen of the open project the navigation points at. */
export function ScreenView() {
  const screen = useAppStore((s) => s.screen);
  switch (screen) {
    case 'coding':
      return <CodingScreen />;
    case 'retrieve':
      return <RetrieveScreen />;
    case 'journal':
      return <JournalScreen />;
    case 'backups':
      return <BackupsScreen />;
    case 'data':
    case 'start':
      return <DataScreen />;
  }
}
