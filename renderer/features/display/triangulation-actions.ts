/** The triangulation tables' actions: one undoable step each, signed by the active coder. */
import type { TriangulationVerdict } from '../../../shared/model/types';
import { setTechniqueNote, setTechniqueVerdict, setTriangulationNote, setTriangulationVerdict } from '../../../shared/reduction';
import { act } from '../../store';

export function saveVerdict(codeId: string, verdict: TriangulationVerdict | null): Promise<boolean> {
  return act('setTriangulationVerdict', (state, by) => setTriangulationVerdict(state, codeId, verdict, by));
}

export function saveNote(codeId: string, note: string): Promise<boolean> {
  return act('editTriangulationNote', (state, by) => setTriangulationNote(state, codeId, note, by));
}

/** The verdict on an indicator's triangulation by technique (interviews, observation, documents). */
export function saveTechniqueVerdict(codeId: string, verdict: TriangulationVerdict | null): Promise<boolean> {
  return act('setTechniqueVerdict', (state, by) => setTechniqueVerdict(state, codeId, verdict, by));
}

export function saveTechniqueNote(codeId: string, note: string): Promise<boolean> {
  return act('editTechniqueNote', (state, by) => setTechniqueNote(state, codeId, note, by));
}
