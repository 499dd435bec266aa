/**
 * The preload: exposes `window.pilah` and nothing else. It runs sandboxed, where only
 * `require('electron')` works, so scripts/build-electron.mjs bundles it into one file.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('pilah', createBridge(ipcRenderer));
