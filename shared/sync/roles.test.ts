import { describe, expect, it } from 'vitest';
import { isReadOnlyIdentity, rolesFromDesignDoc, syncIdentity, workLock } from './roles';
import { pilahDesignDoc, type PilahRoles } from './validate-doc-update';

const roles: PilahRoles = { students: ['dewi'], supervisors: ['ani'], coders: ['rudi', 'sari'], observers: ['tamu'], coderIds: { ani: 'coder-ani', rudi: 'coder-rudi' } };

describe('who the sync user is, from the design document sync init writes', () => {
  it('reads the roles back from _design/pilah (members can read it, not _security)', () => {
    expect(rolesFromDesignDoc(JSON.parse(JSON.stringify(pilahDesignDoc(roles))))).toEqual(roles);
    expect(rolesFromDesignDoc(pilahDesignDoc())).toBeNull();
    expect(rolesFromDesignDoc(null)).toBeNull();
  });

  it('maps each user to the role and coder id the server checks', () => {
    expect(syncIdentity(roles, 'dewi')).toEqual({ role: 'student', coderId: null });
    expect(syncIdentity(roles, 'ani')).toEqual({ role: 'supervisor', coderId: 'coder-ani' });
    expect(syncIdentity(roles, 'rudi')).toEqual({ role: 'coder', coderId: 'coder-rudi' });
    // Without a mapped id, the server takes the user name as the coder id.
    expect(syncIdentity(roles, 'sari')).toEqual({ role: 'coder', coderId: 'sari' });
    expect(syncIdentity(roles, 'tamu')).toEqual({ role: 'observer', coderId: null });
    expect(syncIdentity(roles, 'orang-lain')).toEqual({ role: null, coderId: null });
  });
});

describe('what the connected user may do with "who is working"', () => {
  it('an observer and a user without a role are read-only; the student, a supervisor and a coder are not', () => {
    expect(['tamu', 'orang-lain'].map((u) => isReadOnlyIdentity(syncIdentity(roles, u)))).toEqual([true, true]);
    expect(['dewi', 'ani', 'rudi'].map((u) => isReadOnlyIdentity(syncIdentity(roles, u)))).toEqual([false, false, false]);
  });

  it('a second coder works only as themselves, a supervisor only reviews as themselves, the student and an observer are free', () => {
    expect(workLock(syncIdentity(roles, 'rudi'))).toEqual({ coderId: 'coder-rudi', reviewing: false });
    expect(workLock(syncIdentity(roles, 'sari'))).toEqual({ coderId: 'sari', reviewing: false });
    expect(workLock(syncIdentity(roles, 'ani'))).toEqual({ coderId: 'coder-ani', reviewing: true });
    for (const user of ['dewi', 'tamu', 'orang-lain']) expect(workLock(syncIdentity(roles, user))).toBeNull();
    expect(workLock(null)).toBeNull();
  });
});
