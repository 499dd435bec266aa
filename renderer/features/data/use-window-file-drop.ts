import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { importDroppedFiles } from './ImportPanel';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Files dropped anywhere on the window are imported into the open project (and the data
 * screen shows their progress). Without a project, the browser must not navigate to them.
 */
export function useWindowFileDrop(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const { current, setScreen } = useAppStore.getState();
      if (!current || !event.dataTransfer?.files.length) return;
      setScreen('data');
      void importDroppedFiles(event.dataTransfer.files);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
