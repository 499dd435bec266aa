/**
 * Where the app's own pages live. Production pages come from the privileged `app://pilah/`
 * scheme; in development they may come from the Vite dev server instead.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pilah';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True when `url` belongs to the app: `app://pilah/…`, or the dev server's origin when one is
 * in use. Used for the IPC sender check and for allowing in-app navigation.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (!devServerUrl) return false;
  try {
    return parsed.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL from `VITE_DEV_SERVER_URL`, honoured only in an unpackaged checkout and
 * only on this machine: in the installed app an environment variable must never be able to
 * point the window, with its bridge, at another page.
 */
export function devServerUrlFrom(value: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !value) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
