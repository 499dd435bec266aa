/**
 * electron-builder.yml checked against electron-builder's own schema (a misspelt fuse would
 * otherwise be ignored silently) and against the security settings the app relies on.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// Both come with electron-builder (pinned in package.json); they carry no type declarations here.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const Ajv = require('ajv') as new (options: object) => { validate(schema: unknown, data: unknown): boolean; errors: unknown };

const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's schema", () => {
    const schema: unknown = JSON.parse(readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, config);
    expect(ajv.errors).toBeNull();
    expect(valid).toBe(true);
  });

  it('sets every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('ships the built app and builds for Windows, macOS and Linux', () => {
    expect(config).toMatchObject({ appId: 'id.pilah.app', productName: 'Pilah' });
    expect(config.files).toEqual(expect.arrayContaining(['build/renderer/**', 'build/electron/**', 'package.json']));
    // electron-builder leaves its resources folder (default "build") out of the app; ours must not be build/.
    expect((config.directories as { buildResources: string }).buildResources).not.toBe('build');
    expect(config).toMatchObject({
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
      linux: { target: ['AppImage', 'deb'] },
    });
  });

  it('points package.json "main" at the bundle scripts/build-electron.mjs writes', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; scripts: Record<string, string> };
    expect(pkg.main).toBe('build/electron/main.cjs');
    expect(pkg.scripts['build:electron']).toBe('node scripts/build-electron.mjs');
  });
});
