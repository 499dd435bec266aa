import { useEffect, useState } from 'react';
import { loadPanelSize, savePanelSize, type PanelBounds, type PanelSize } from './panel-size';

/** A panel's width and whether it is collapsed, remembered across restarts under `key`. */
export function usePanelSize(key: string, bounds: PanelBounds): [PanelSize, (size: PanelSize) => void] {
  const [size, setSize] = useState(() => loadPanelSize(key, bounds));
  useEffect(() => savePanelSize(key, size), [key, size]);
  return [size, setSize];
}
