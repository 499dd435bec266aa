import { describe, expect, it } from 'vitest';
import { rolesFromDesignDoc, syncIdentity } from './roles';
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
