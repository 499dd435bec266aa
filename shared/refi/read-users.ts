/**
 * The people of a REFI-QDA file. The user who created the project is its owner (Pilah's
 * coder `null`, the student); every other user becomes a Coder, so that codings keep who
 * made them and two coders' work in one file can be compared.
 */
import type { Coder } from '../model/types';
import { normalizeGuid } from './guid';
import type { IdAllocator } from './id-allocator';
import { itemsIn, type XmlElement } from './xml-tree';

// ATLAS.ti lists itself as a user; a program is not a coder.
const PROGRAM_USER = /^(?:ATLAS\.ti|NVivo|MAXQDA|QualCoder|Taguette)$/i;

export interface UserReading {
  coders: Coder[];
  /** The owner's name, '' when the file names none. */
  ownerName: string;
  /** The owner's user GUID (normalised), '' when the file names no owner. */
  ownerGuid: string;
  /** The Pilah coder for a user GUID from a `creatingUser` attribute: null for the owner or nobody. */
  coderOf(userGuid: string | undefined): string | null;
}

/** The owner and coders of a file; coders the Users list lacks are added as codings name them. */
export function readUsers(root: XmlElement, projectId: string, ids: IdAllocator, now: string): UserReading {
  const users = itemsIn(root, 'Users', 'User');
  const creator = normalizeGuid(root.attributes.creatingUserGUID ?? '');
  // Without a creator, a file with a single user is that user's.
  const owner = creator !== '' ? creator : users.length === 1 ? normalizeGuid(users[0]!.attributes.guid ?? '') : '';
  const coders: Coder[] = [];
  const coderByUser = new Map<string, string>();
  let ownerName = '';
  users.forEach((user, index) => {
    const guid = normalizeGuid(user.attributes.guid ?? '');
    const name = (user.attributes.name ?? '').trim() || (user.attributes.id ?? '').trim() || guid;
    if (guid === owner) {
      ownerName = name;
      return;
    }
    if (PROGRAM_USER.test(name) || coderByUser.has(guid)) return;
    // A team member of the other tool's project: their codings are part of the analysis (not a
    // second coder's, kept aside for agreement); the agreement screen can still compare any two.
    const coder: Coder = { id: ids.take(user, 'user', index), projectId, name, role: 'student', createdAt: now };
    coders.push(coder);
    coderByUser.set(guid, coder.id);
  });
  const coderOf = (userGuid: string | undefined): string | null => {
    const guid = normalizeGuid(userGuid ?? '');
    if (guid === '' || guid === owner) return null;
    const known = coderByUser.get(guid);
    if (known) return known;
    // A user the Users list forgot still made these codings: keep them apart from the owner's.
    const coder: Coder = { id: ids.take({ name: 'User', attributes: { guid }, children: [], text: '' }, 'user', coders.length), projectId, name: guid, role: 'student', createdAt: now };
    coders.push(coder);
    coderByUser.set(guid, coder.id);
    return coder.id;
  };
  return { coders, ownerName, ownerGuid: owner, coderOf };
}
