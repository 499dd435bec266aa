import { describe, expect, it } from 'vitest';
import { applyChangeset, snapshotFromState, stateFromSnapshot } from '../model/changeset';
import { updateCode, updateDocument, updateInformant } from '../project';
import { readQdpx, writeQdpx } from '../refi';
import { parseExtras } from '../refi/extras';
import { addCoder } from './coders';
import { withMemoAuthor } from './memo-author';
import { apply, doAndUndo, reviewFixture } from './test-support';

describe('memo authorship', () => {
  it('records who wrote a code, informant or document memo and when, and it survives the project file', () => {
    const fixture = reviewFixture();
    const second = addCoder(fixture.state, { name: 'Andi', role: 'secondCoder' });
    let s = apply(fixture.state, second.changeset);
    const documentId = Object.keys(s.documents)[0]!;
    const at = '2026-06-01T10:00:00.000Z';
    s = doAndUndo(s, withMemoAuthor(s, updateCode(s, fixture.codeId, { memo: 'Batas dengan Protecting tipis.' }, 'id'), second.coderId, at));
    s = doAndUndo(s, withMemoAuthor(s, updateInformant(s, fixture.informantId, { memo: 'Informan kunci.' }), null, at));
    s = doAndUndo(s, withMemoAuthor(s, updateDocument(s, documentId, { memo: 'Rekaman kurang jelas di menit 12.' }), second.coderId, at));
    expect(s.codes[fixture.codeId]).toMatchObject({ memoBy: second.coderId, memoAt: at });
    expect(s.informants[fixture.informantId]).toMatchObject({ memoBy: null, memoAt: at });
    expect(s.documents[documentId]).toMatchObject({ memoBy: second.coderId, memoAt: at });

    const back = stateFromSnapshot(readQdpx(writeQdpx(snapshotFromState(s))).snapshot);
    expect(back.codes[fixture.codeId]).toMatchObject({ memo: 'Batas dengan Protecting tipis.', memoBy: second.coderId, memoAt: at });
    expect(back.informants[fixture.informantId]).toMatchObject({ memoBy: null, memoAt: at });
    expect(back.documents[documentId]).toMatchObject({ memoBy: second.coderId, memoAt: at });
  });

  it('leaves the stamp alone when the memo does not change', () => {
    const { state, codeId } = reviewFixture();
    const renamed = withMemoAuthor(state, updateCode(state, codeId, { label: 'Iklim usaha' }, 'id'), 'someone', '2026-06-01T10:00:00.000Z');
    expect(applyChangeset(state, renamed).codes[codeId]!.memoBy).toBeUndefined();
  });

  it('reads a file without memo authors (written before it was recorded) and writes none back', () => {
    const { state } = reviewFixture();
    const bytes = writeQdpx(snapshotFromState(state));
    const back = readQdpx(bytes).snapshot;
    expect(back.codes.every((c) => !('memoBy' in c) && !('memoAt' in c))).toBe(true);
    const extras = parseExtras(JSON.stringify({ format: 'pilah-project', version: 1, project: { ...state.project, settings: { informantCategories: [], informantGroups: [], activeFrameworkCodeId: null } }, codes: {}, informants: [], documents: {}, segments: {} }));
    expect(extras?.version).toBe(1);
    expect(extras?.coders).toEqual([]);
  });
});
