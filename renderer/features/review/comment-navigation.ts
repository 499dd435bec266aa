/**
 * Click-through from a comment to what it is about: a segment opens in the transcript, a
 * code is selected in the coding workspace, a cell opens the reduction grid, a conclusion
 * the conclusions screen. A deleted target goes nowhere.
 */
import type { CommentTarget } from '../../../shared/model/types';
import { targetExists } from '../../../shared/review';
import { useAppStore } from '../../store';
import { scrollToCard } from '../conclusions/scroll-to-card';

function scrollToConclusionCard(codeId: string): void {
  const card = document.getElementById(`conclusion-card-${codeId}`);
  if (card) scrollToCard(card);
}

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
      store.revealCell(target.codeId, target.informantId);
      return;
    case 'conclusion': {
      store.setScreen('conclusions');
      // The card may be far down the screen (an indicator's): bring it into view once rendered.
      const codeId = store.current.conclusions[target.conclusionId]?.codeId;
      if (codeId) requestAnimationFrame(() => scrollToConclusionCard(codeId));
      return;
    }
    case 'project':
      return;
  }
}
