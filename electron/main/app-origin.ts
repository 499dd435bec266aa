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
