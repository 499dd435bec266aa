import { describe, expect, it } from 'vitest';
import { parseDatabaseAddress } from './database-address';

describe('a project database address the supervisor types', () => {
  it.each([
    ['https://couch.kampus.ac.id/pilah-skripsi-dewi', { server: 'https://couch.kampus.ac.id', db: 'pilah-skripsi-dewi', url: 'https://couch.kampus.ac.id/pilah-skripsi-dewi', insecure: false }],
    ['  https://kampus.ac.id/couch/pilah-dewi/ ', { server: 'https://kampus.ac.id/couch', db: 'pilah-dewi', url: 'https://kampus.ac.id/couch/pilah-dewi', insecure: false }],
    ['http://10.0.0.5:5984/pilah-dewi', { server: 'http://10.0.0.5:5984', db: 'pilah-dewi', url: 'http://10.0.0.5:5984/pilah-dewi', insecure: true }],
    ['http://127.0.0.1:5984/pilah-dewi', { server: 'http://127.0.0.1:5984', db: 'pilah-dewi', url: 'http://127.0.0.1:5984/pilah-dewi', insecure: false }],
  ])('reads %s', (text, expected) => {
    expect(parseDatabaseAddress(text)).toEqual(expected);
  });

  it.each([
    ['couch.kampus.ac.id/pilah-dewi', { key: 'cohort:badUrl', url: 'couch.kampus.ac.id/pilah-dewi' }],
    ['ftp://kampus.ac.id/pilah-dewi', { key: 'cohort:badUrl', url: 'ftp://kampus.ac.id/pilah-dewi' }],
    ['https://kampus.ac.id/', { key: 'cohort:badUrl', url: 'https://kampus.ac.id/' }],
    ['https://kampus.ac.id/Skripsi Dewi', { key: 'cohort:badDbName', db: 'Skripsi Dewi' }],
    ['https://ani:rahasia@kampus.ac.id/pilah-dewi', { key: 'cohort:credentialsInUrl' }],
  ])('refuses %s with the reason', (text, problem) => {
    expect(parseDatabaseAddress(text)).toEqual(problem);
  });
});
