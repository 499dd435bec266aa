import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_VERDICT_SCALE } from '../../shared/model/defaults';
import { makeSnapshot } from '../testing/fixtures';
import { PilahDatabase } from './database';
import { ProjectRepository } from './project-repository';
import { SCHEMA_VERSIONS } from './schema';

const name = `upgrade-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

it('opens a version-1 database: the coding is kept, the new tables start empty, the verdict scale is the default', async () => {
  // A student's database as the first release left it: schema v1 only, settings without a verdict scale.
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
  const old = makeSnapshot('p1');
  const { verdictScale: _dropped, ...oldSettings } = old.project.settings;
  await v1.table('projects').add({ ...old.project, settings: oldSettings });
  for (const table of ['codes', 'informants', 'documents', 'segments'] as const) await v1.table(table).bulkAdd(old[table]);
  v1.close();

  const db = new PilahDatabase(name);
  const snapshot = await new ProjectRepository(db).loadSnapshot('p1');
  expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
  expect(snapshot.segments).toEqual(old.segments);
  expect(snapshot.codes).toEqual(old.codes);
  expect(snapshot.project.settings.verdictScale).toEqual(DEFAULT_VERDICT_SCALE);
  expect([snapshot.coders, snapshot.cellSummaries, snapshot.triangulationNotes, snapshot.conclusions, snapshot.comments]).toEqual([[], [], [], [], []]);

  // The new tables take writes in the same transaction as the old ones.
  await new ProjectRepository(db).applyChangeset('p1', {
    put: {
      cellSummaries: [
        { id: 'cs1', projectId: 'p1', codeId: 'p1-c1', informantId: 'p1-i1', text: 'Pelatihan rutin.', coderId: null, modifiedAt: '2026-11-23T00:00:00.000Z' },
      ],
    },
  });
  expect((await new ProjectRepository(db).loadSnapshot('p1')).cellSummaries.map((c) => c.text)).toEqual(['Pelatihan rutin.']);
  db.close();
});
