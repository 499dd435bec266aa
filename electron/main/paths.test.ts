import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from './paths';

describe('appPaths', () => {
  it.each([
    ['/home/sri/pilah/build/electron', '/home/sri/pilah/build'],
    ['/opt/Pilah/resources/app.asar/build/electron', '/opt/Pilah/resources/app.asar/build'],
  ])('finds the preload and the renderer beside %s', (mainDir, buildDir) => {
    expect(appPaths(mainDir)).toEqual({
      preload: path.join(buildDir, 'electron', 'preload.cjs'),
      rendererRoot: path.join(buildDir, 'renderer'),
    });
  });

  it('matches where vite writes the renderer', () => {
    expect(readFileSync('vite.config.ts', 'utf8')).toMatch(/outDir:\s*'\.\.\/build\/renderer'/);
  });
});
