/** The triangulation table's actions: one undoable step each, signed by the active coder. */
import type { TriangulationVerdict } from '../../../shared/model/types';
import { COMMAND_LABELS } from '../../../shared/project';
import { setTriangulationNote, setTriangulationVerdict } from '../../../shared/reduction';
import { useAppStore } from '../../store';

const by = () => ({ coderId: useAppStore.getState().activeCoderId });

export function saveVerdict(codeId: string, verdict: TriangulationVerdict | null): Promise<void> {
  return useAppStore.getState().perform(COMMAND_LABELS.setTriangulationVerdict, (state) => setTriangulationVerdict(state, codeId, verdict, by()));
}

export function saveNote(codeId: string, note: string): Promise<void> {
  return useAppStore.getState().perform(COMMAND_LABELS.editTriangulationNote, (state) => setTriangulationNote(state, codeId, note, by()));
}
