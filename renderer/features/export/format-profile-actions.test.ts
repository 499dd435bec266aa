import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInProfile, DEFAULT_APPENDIX_FORMAT, formatProfileJson } from '../../../shared/appendix';
import { PilahDatabase } from '../../db/database';
import { ProjectRepository } from '../../db/project-repository';
import { createAppStore } from '../../store';
import { makeSnapshot } from '../../testing/fixtures';
import { profileFile, projectProfile, readProfileFile, saveProfile, saveSettings } from './format-profile-actions';

let db: PilahDatabase;
let repo: ProjectRepository;
let store: ReturnType<typeof createAppStore>;
const perform: Parameters<typeof saveProfile>[0] = (kind, build) => store.getState().perform(kind, build);
const current = () => store.getState().current!.project.settings;

beforeEach(async () => {
  db = new PilahDatabase(`test-${crypto.randomUUID()}`);
  repo = new ProjectRepository(db);
  store = createAppStore(() => repo);
  await store.getState().addProject(makeSnapshot('p1'));
});
afterEach(() => db.delete());

describe('the project’s format profile in the export dialog', () => {
  it('is the general profile until one is chosen', () => {
    expect(current().formatProfile).toBeUndefined();
    expect(projectProfile(current(), 'id')).toEqual(builtInProfile('umum', 'id'));
  });

  it('is saved in the project as one undo step, and undone whole', async () => {
    expect(await saveProfile(perform, builtInProfile('klasik', 'id'))).toBe(true);
    expect((await repo.loadProject('p1'))?.project.settings.formatProfile).toEqual(builtInProfile('klasik', 'id'));
    expect(store.getState().undoLabelKey).toBe('commands:updateSettings');
    await store.getState().undo();
    expect(current().formatProfile).toBeUndefined();
    expect((await repo.loadProject('p1'))?.project.settings.formatProfile).toBeUndefined();
  });

  it('keeps an edited setting in range and marks a built-in profile as adjusted', async () => {
    await saveProfile(perform, builtInProfile('klasik', 'id'));
    const klasik = projectProfile(current(), 'id');
    await saveSettings(perform, klasik, { ...klasik.settings, margins: { ...klasik.settings.margins, left: 40 } }, 'id');
    expect(projectProfile(current(), 'id')).toMatchObject({ name: 'Klasik (spasi 2) (disesuaikan)', settings: { lineSpacing: 2, margins: { left: 6 } } });
  });

  it('takes a good profile file, and refuses a bad one in one sentence that names it, changing nothing', async () => {
    const cohort = { name: 'FIA 2024', settings: { ...DEFAULT_APPENDIX_FORMAT, lineSpacing: 2 as const } };
    const good = readProfileFile({ name: 'fia.json', bytes: profileFile(cohort).bytes }, 'en');
    expect(good).toEqual({ ok: true, profile: cohort });
    expect(profileFile(cohort).name).toBe('FIA 2024.json');

    const bad = formatProfileJson(cohort).replace('"right": 3', '"right": -3');
    expect(readProfileFile({ name: 'fia.json', bytes: new TextEncoder().encode(bad) }, 'en')).toEqual({
      ok: false,
      message: 'The format profile "fia.json" was refused: the field "settings.margins.right" must be a number from 1 to 6.',
    });
    expect(current().formatProfile).toBeUndefined();
  });
});
