import { AgreementScreen } from '../features/agreement';
import { BackupsScreen } from '../features/backups';
import { CodingScreen } from '../features/coding';
import { ConclusionsScreen } from '../features/conclusions';
import { DataScreen } from '../features/data';
import { DisplayScreen } from '../features/display';
import { ExportScreen } from '../features/export';
import { JournalScreen } from '../features/journal';
import { ReductionScreen } from '../features/reduction';
import { RetrieveScreen } from '../features/retrieve';
import { useAppStore } from '../store';

/** The screen of the open project the navigation points at. */
export function ScreenView() {
  const screen = useAppStore((s) => s.screen);
  switch (screen) {
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
