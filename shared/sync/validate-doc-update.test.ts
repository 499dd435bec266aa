import { describe, expect, it } from 'vitest';
import { pilahDesignDoc, securityObject, VALIDATE_DOC_UPDATE, type PilahRoles } from './validate-doc-update';

type Doc = Record<string, unknown> & { _id: string };
type Vdu = (newDoc: Doc, oldDoc: Doc | null, userCtx: { name: string | null; roles: string[] }, secObj: unknown) => void;

// The function as CouchDB compiles it: the stored source, evaluated on its own.
const vdu = new Function(`return (${VALIDATE_DOC_UPDATE});`)() as Vdu;

const roles: PilahRoles = {
  students: ['dewi'],
  supervisors: ['ani'],
  coders: ['rudi'],
  observers: ['tamu'],
  coderIds: { ani: 'coder-ani', rudi: 'coder-rudi' },
};
const secObj = securityObject(roles);

/** The reason the function refuses `newDoc` for `user`, or 'ok'. */
function verdict(user: string | null, newDoc: Doc, oldDoc: Doc | null = null, userRoles: string[] = []): string {
  try {
    vdu(newDoc, oldDoc, { name: user, roles: userRoles }, secObj);
    return 'ok';
  } catch (err) {
    return (err as { forbidden?: string }).forbidden ?? `threw ${String(err)}`;
  }
}

const segment = (coderId: string | null, extra: Partial<Doc> = {}): Doc => ({ _id: 'segment:s1', type: 'segment', coderId, start: 0, end: 5, ...extra });
const comment = (authorId: string | null, extra: Partial<Doc> = {}): Doc => ({ _id: 'comment:c1', type: 'comment', authorId, text: 'Cek lagi', ...extra });
const code: Doc = { _id: 'code:k1', type: 'code', memo: '' };

describe('the server rules (validate_doc_update)', () => {
  it.each([
    ['the student writes a code', 'dewi', code, null, 'ok'],
    ['the student writes the second coder’s segment', 'dewi', segment('coder-rudi'), segment('coder-rudi'), 'ok'],
    ['a server admin writes anything', 'root', code, null, 'ok'],
    ['a supervisor writes a code', 'ani', code, null, 'pilah:supervisor-comments-only'],
    ['a supervisor writes a coding', 'ani', segment('coder-ani'), null, 'pilah:supervisor-comments-only'],
    ['a supervisor writes their comment', 'ani', comment('coder-ani'), null, 'ok'],
    ['a supervisor deletes their comment (tombstone keeping the owner)', 'ani', comment('coder-ani', { _deleted: true }), comment('coder-ani'), 'ok'],
    ['a supervisor deletes their comment (bare tombstone)', 'ani', { _id: 'comment:c1', _deleted: true }, comment('coder-ani'), 'ok'],
    ['a supervisor writes a comment as the student', 'ani', comment(null), null, 'pilah:not-your-comment'],
    ['a supervisor edits the student’s comment', 'ani', comment('coder-ani'), comment(null), 'pilah:not-your-comment'],
    ['a second coder writes their coding', 'rudi', segment('coder-rudi'), null, 'ok'],
    ['a second coder edits their coding', 'rudi', segment('coder-rudi', { end: 9 }), segment('coder-rudi'), 'ok'],
    ['a second coder deletes their coding (bare tombstone)', 'rudi', { _id: 'segment:s1', _deleted: true }, segment('coder-rudi'), 'ok'],
    ['a second coder writes the student’s coding', 'rudi', segment(null), null, 'pilah:not-your-coding'],
    ['a second coder takes over the student’s coding', 'rudi', segment('coder-rudi'), segment(null), 'pilah:not-your-coding'],
    ['a second coder deletes the student’s coding', 'rudi', { _id: 'segment:s1', _deleted: true }, segment(null), 'pilah:not-your-coding'],
    ['a second coder writes a memo on a code', 'rudi', code, null, 'pilah:coder-segments-only'],
    ['a second coder disguises a code as a segment', 'rudi', { ...segment('coder-rudi'), _id: 'code:k1' }, null, 'pilah:type-mismatch'],
    ['the student changes a stored transcript', 'dewi', { _id: 'doctext:d1', type: 'doctext', text: 'baru' }, { _id: 'doctext:d1', type: 'doctext', text: 'lama' }, 'pilah:text-immutable'],
    ['the student stores a transcript', 'dewi', { _id: 'doctext:d1', type: 'doctext', text: 'baru' }, null, 'ok'],
    ['the student deletes a transcript', 'dewi', { _id: 'doctext:d1', _deleted: true }, { _id: 'doctext:d1', type: 'doctext', text: 'lama' }, 'ok'],
    ['an observer writes a comment', 'tamu', comment('tamu'), null, 'pilah:read-only'],
    ['someone without a role writes', 'orang', code, null, 'pilah:no-role'],
    ['an anonymous user writes', null, code, null, 'pilah:no-role'],
  ] as const)('%s → %s', (_what, user, newDoc, oldDoc, expected) => {
    const admin = user === 'root' ? ['_admin'] : [];
    expect(verdict(user, newDoc as Doc, oldDoc as Doc | null, admin)).toBe(expected);
  });

  it('a second coder whose coder id is their user name needs no map entry', () => {
    const plain = securityObject({ ...roles, coderIds: {} });
    expect(() => vdu(segment('rudi'), null, { name: 'rudi', roles: [] }, plain)).not.toThrow();
    expect(() => vdu(segment('coder-rudi'), null, { name: 'rudi', roles: [] }, plain)).toThrow();
  });

  it('lets every role read (members), and ships as the pilah design document', () => {
    expect(secObj.members.names.sort()).toEqual(['ani', 'dewi', 'rudi', 'tamu']);
    expect(pilahDesignDoc()).toEqual({ _id: '_design/pilah', language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE });
  });
});

describe('the refusals in words', () => {
  it('names every rule in both languages, and passes other reasons through', async () => {
    const { describeDenialReason } = await import('./describe');
    const { DENIAL_REASONS } = await import('./validate-doc-update');
    for (const reason of DENIAL_REASONS) {
      expect(describeDenialReason(reason, 'id')).not.toMatch(/sync:|pilah:/);
      expect(describeDenialReason(reason, 'en')).not.toMatch(/sync:|pilah:/);
    }
    expect(describeDenialReason('pilah:supervisor-comments-only', 'en')).toBe('supervisors can only write comments');
    expect(describeDenialReason('Only admins', 'en')).toBe('refused (Only admins)');
  });
});
