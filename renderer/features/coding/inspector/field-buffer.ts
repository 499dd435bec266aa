/**
 * What a buffered text field shows while the student types and undo/redo change the
 * stored value underneath it: typing wins while unsaved, otherwise the stored value does.
 */
export interface FieldBuffer {
  /** What the field shows. */
  draft: string;
  /** The last stored value the field has seen. */
  stored: string;
  /** Typed but not yet saved. */
  dirty: boolean;
}

export type FieldEvent = { type: 'stored'; value: string } | { type: 'typed'; value: string } | { type: 'saved' };

export function initialBuffer(value: string): FieldBuffer {
  return { draft: value, stored: value, dirty: false };
}

export function updateBuffer(state: FieldBuffer, event: FieldEvent): FieldBuffer {
  switch (event.type) {
    case 'stored':
      if (event.value === state.stored) return state;
      return { ...state, stored: event.value, draft: state.dirty ? state.draft : event.value };
    case 'typed':
      return { ...state, draft: event.value, dirty: true };
    case 'saved':
      return state.dirty ? { ...state, dirty: false } : state;
  }
}
