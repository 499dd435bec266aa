/**
 * Click-through from a comment to what it is about: a segment opens in the transcript, a
 * code is selected in the coding workspace, a cell opens the reduction grid, a conclusion
 * the conclusions screen. A deleted target goes nowhere.
 */
import type { CommentTarget } from '../../../shared/model/types';
import { targetExists } from '../../../shared/review';
import { useAppStore } from '../../store';

export function goToTarget(target: CommentTarget): void {
  const store = useAppStore.getState();
  if (!store.current || !targetExists(store.current, target)) return;
  switch (target.kind) {
    case 'segment':
      store.revealSegment(target.segmentId);
      return;
    case 'code':
      store.selectCode(target.codeId);
      store.setScreen('coding');
      return;
    case 'cell':
      store.selectCode(target.codeId);
      store.setScreen('reduction');
      return;
    case 'conclusion':
      store.setScreen('conclusions');
      return;
    case 'project':
      return;
  }
}
