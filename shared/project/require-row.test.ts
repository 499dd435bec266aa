import { describe, expect, it } from 'vitest';
import { deleteCode, updateCode } from './codebook';
import { applyCodes, deleteSegment, removeCodeFromSegment, updateSegment } from './coding';
import { deleteDocument, updateDocument } from './documents';
import { deleteInformant, updateInformant } from './informants';
import { documentIdOf, projectWith, transcript } from './test-support';

const state = projectWith(['factors'], [transcript('W1', 'P: Apa kendalanya?\nI: Anggaran terbatas.')]);

const w1 = documentIdOf(state, 'W1');

const actions: [string, (id: string) => unknown][] = [
  ['applyCodes (the code)', (id) => applyCodes(state, { documentId: w1, start: 0, end: 5, codeIds: [id] })],
  ['applyCodes (the document)', (id) => applyCodes(state, { documentId: id, start: 0, end: 5, codeIds: [] })],
  ['updateDocument (the informant)', (id) => updateDocument(state, w1, { informantId: id })],
  ['updateCode', (id) => updateCode(state, id, { memo: 'x' }, 'id')],
  ['deleteCode', (id) => deleteCode(state, id)],
  ['updateSegment', (id) => updateSegment(state, id, { memo: 'x' })],
  ['removeCodeFromSegment', (id) => removeCodeFromSegment(state, id, 'c')],
  ['deleteSegment', (id) => deleteSegment(state, id)],
  ['updateDocument', (id) => updateDocument(state, id, { memo: 'x' })],
  ['deleteDocument', (id) => deleteDocument(state, id)],
  ['updateInformant', (id) => updateInformant(state, id, { memo: 'x' })],
  ['deleteInformant', (id) => deleteInformant(state, id)],
];

describe('an action on a row that does not exist is refused as not-found', () => {
  describe.each(actions)('%s', (_name, act) => {
    it.each(['nope', 'constructor', 'toString', '__proto__', 'hasOwnProperty'])('id %s', (id) => {
      expect(() => act(id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    });
  });
});
