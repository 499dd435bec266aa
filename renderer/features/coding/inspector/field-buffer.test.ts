import { describe, expect, it } from 'vitest';
import { initialBuffer, updateBuffer, type FieldEvent } from './field-buffer';

const run = (start: string, events: FieldEvent[]) => events.reduce(updateBuffer, initialBuffer(start));

describe('field buffer (memo and reduced statement)', () => {
  it.each<[string, string, FieldEvent[], string, boolean]>([
    ['shows the stored value', 'lama', [], 'lama', false],
    ['shows what is typed, unsaved', 'lama', [{ type: 'typed', value: 'baru' }], 'baru', true],
    ['after saving, the store catches up', 'lama', [{ type: 'typed', value: 'baru' }, { type: 'saved' }, { type: 'stored', value: 'baru' }], 'baru', false],
    [
      'undo after a save shows the restored text',
      'lama',
      [{ type: 'typed', value: 'baru' }, { type: 'saved' }, { type: 'stored', value: 'baru' }, { type: 'stored', value: 'lama' }],
      'lama',
      false,
    ],
    ['a change underneath does not wipe what is being typed', 'lama', [{ type: 'typed', value: 'ketik' }, { type: 'stored', value: 'lain' }], 'ketik', true],
  ])('%s', (_name, start, events, draft, dirty) => {
    const state = run(start, events);
    expect(state.draft).toBe(draft);
    expect(state.dirty).toBe(dirty);
  });
});
