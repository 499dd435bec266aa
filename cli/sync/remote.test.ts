import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors';
import { credentialsFromEnv, parseDatabaseAddress } from './remote';

describe('a project database address', () => {
  it('splits the server from the database', () => {
    expect(parseDatabaseAddress('https://couch.kampus.ac.id/pilah-skripsi-dewi/', 'en')).toEqual({
      server: 'https://couch.kampus.ac.id',
      db: 'pilah-skripsi-dewi',
      url: 'https://couch.kampus.ac.id/pilah-skripsi-dewi',
      insecure: false,
    });
    expect(parseDatabaseAddress('http://couch.kampus.ac.id/pilah', 'en').insecure).toBe(true);
    expect(parseDatabaseAddress('http://localhost:5984/pilah', 'en').insecure).toBe(false);
    expect(parseDatabaseAddress('http://127.0.0.1:5984/couch/pilah%2Fdewi', 'en')).toMatchObject({ server: 'http://127.0.0.1:5984/couch', db: 'pilah/dewi' });
  });

  it.each([
    ['https://dewi:rahasia@couch.kampus.ac.id/pilah', 'Do not put a user name or password in the address; set PILAH_SYNC_USER and PILAH_SYNC_PASSWORD in the environment.'],
    ['couch.kampus.ac.id/pilah', '"couch.kampus.ac.id/pilah" is not a CouchDB database address; write http(s)://server/<database>.'],
    ['https://couch.kampus.ac.id/', '"https://couch.kampus.ac.id/" is not a CouchDB database address; write http(s)://server/<database>.'],
    ['https://couch.kampus.ac.id/Skripsi Dewi', 'CouchDB cannot use the database name "Skripsi Dewi": start with a lowercase letter, then lowercase letters, digits or _ $ ( ) + - /.'],
  ])('refuses %s in one sentence', (text, sentence) => {
    expect(() => parseDatabaseAddress(text, 'en')).toThrow(new UsageError(sentence));
  });

  it('takes credentials from the environment only, both or neither', () => {
    expect(credentialsFromEnv('en', { PILAH_SYNC_USER: 'dewi', PILAH_SYNC_PASSWORD: 'pw' })).toEqual({ username: 'dewi', password: 'pw' });
    expect(() => credentialsFromEnv('id', { PILAH_SYNC_USER: 'dewi' })).toThrow(/PILAH_SYNC_PASSWORD/);
  });
});
