import path from 'node:path';

/**
 * Where main finds the preload and the built renderer, from the folder of the bundled
 * `main.cjs`. The layout `build/electron/` beside `build/renderer/` is the same in the
 * checkout and inside the packaged `app.asar`, so one rule serves both.
 */
export function appPaths(mainDir: string): { preload: string; rendererRoot: string } {
  return {
    preload: path.join(mainDir, 'preload.cjs'),
    rendererRoot: path.join(mainDir, '..', 'renderer'),
  };
}
