import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

export interface SecurityOptions {
  /** The Vite dev server URL in development, whose pages count as the app's. */
  devServerUrl?: string;
  /** Opens a URL in the user's browser (`shell.openExternal` in the app). */
  openExternal(url: string): Promise<void>;
}

/**
 * The URL to hand to the user's browser, or null. Only well-formed `https:` links qualify:
 * `file:`, `javascript:`, custom schemes and plain http would let a crafted transcript run
 * something on the student's computer.
 */
export function externalHttpsUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== '' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Pilah needs no camera, microphone, location, notifications…: every request and check is denied. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Keeps a web contents on the app's own pages: navigation and redirects elsewhere are
 * stopped, new windows are never opened (https links go to the browser instead), and
 * `<webview>` cannot be attached.
 */
export function hardenWebContents(contents: WebContents, options: SecurityOptions): void {
  const openOutside = (url: string) => {
    const safe = externalHttpsUrl(url);
    if (safe) void options.openExternal(safe).catch(() => undefined);
  };
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, options.devServerUrl)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, options.devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Hardens every web contents the app ever creates; call before the first window opens. */
export function installSecurity(app: Pick<App, 'on'>, options: SecurityOptions): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}
