import type { StateCreator } from 'zustand';
import { translate } from '../../shared/i18n';
import { loadLocalePreference, saveLocalePreference } from './locale-preference';
import type { AppStore, UiSlice } from './types';
import { lockedWorkRefusal } from './work-lock';

/** Which screen, transcript, segment and code the user is looking at, and the language. */
export const createUiSlice: StateCreator<AppStore, [], [], UiSlice> = (set, get) => ({
  locale: loadLocalePreference(),
  setLocale(locale) {
    saveLocalePreference(locale);
    set({ locale });
  },
  screen: 'start',
  setScreen: (screen) => set({ screen }),
  activeDocumentId: null,
  selectedSegmentId: null,
  selectedCodeId: null,
  revealOffset: null,
  cellToReveal: null,
  revealCell(codeId, informantId) {
    set({ screen: 'reduction', cellToReveal: { codeId, informantId, nonce: (get().cellToReveal?.nonce ?? 0) + 1 } });
  },
  commentsOpen: false,
  commentTarget: null,
  openComments: (target) => set({ commentsOpen: true, commentTarget: target ?? null }),
  closeComments: () => set({ commentsOpen: false, commentTarget: null }),
  activeCoderId: null,
  showOthersCodings: true,
  setShowOthersCodings: (show) => set({ showOthersCodings: show }),
  setActiveCoder(coderId) {
    // Team sync: a second coder or a supervisor works only as themselves while connected.
    const locked = lockedWorkRefusal(get(), { kind: 'choose', coderId });
    if (locked) {
      set({ lastError: locked });
      return false;
    }
    // Review mode is left only deliberately (endReview), never by switching to another coder.
    if (get().reviewing && coderId !== get().activeCoderId) {
      set({ lastError: translate(get().locale, 'review:refused.leave-review-first') });
      return false;
    }
    set({ activeCoderId: coderId });
    return true;
  },
  openDocument: (documentId) => set({ activeDocumentId: documentId, selectedSegmentId: null }),
  selectSegment: (segmentId) => set({ selectedSegmentId: segmentId }),
  selectCode: (codeId) => set({ selectedCodeId: codeId }),
  revealSegment(segmentId) {
    const segment = get().current?.segments[segmentId];
    if (!segment) return;
    set({
      screen: 'coding',
      activeDocumentId: segment.documentId,
      selectedSegmentId: segmentId,
      revealOffset: { documentId: segment.documentId, offset: segment.start, nonce: (get().revealOffset?.nonce ?? 0) + 1 },
    });
  },
});
