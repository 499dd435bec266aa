import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, externalHttpsUrl, hardenWebContents, installSecurity } from './security';

type Listener = (event: { url: string; preventDefault(): void }) => void;

/** A web contents that records its listeners so the test can fire events at them. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => void listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => void (openHandler = handler),
  };
  const fire = (name: string, url = '') => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)!(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler!({ url }) };
}

function setup(devServerUrl?: string) {
  const openExternal = vi.fn(async () => undefined);
  const fake = fakeContents();
  hardenWebContents(fake.contents, { devServerUrl, openExternal });
  return { ...fake, openExternal };
}

describe('navigation', () => {
  it.each([
    ['app://pilah/index.html', false],
    ['https://example.org/', true],
    ['file:///etc/passwd', true],
    ['http://localhost:5173/', true],
    ['javascript:alert(1)', true],
  ])('navigating to %s is blocked: %s', (url, blocked) => {
    expect(setup().fire('will-navigate', url)).toBe(blocked);
  });

  it('allows the dev server only while it is in use', () => {
    expect(setup('http://localhost:5173/').fire('will-navigate', 'http://localhost:5173/')).toBe(false);
  });

  it('blocks redirects away from the app', () => {
    const { fire } = setup();
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'app://pilah/index.html')).toBe(false);
  });

  it('sends a blocked https link to the browser, and nothing else', () => {
    const { fire, openExternal } = setup();
    fire('will-navigate', 'https://jdih.kemenkopukm.go.id/');
    fire('will-navigate', 'file:///etc/passwd');
    fire('will-navigate', 'http://example.org/');
    expect(openExternal.mock.calls).toEqual([['https://jdih.kemenkopukm.go.id/']]);
  });

  it('never attaches a <webview>', () => {
    expect(setup().fire('will-attach-webview')).toBe(true);
  });
});

describe('new windows', () => {
  it.each([['https://example.org/x'], ['app://pilah/index.html'], ['file:///etc/passwd'], ['smb://server/share']])(
    'are always denied (%s)',
    (url) => {
      expect(setup().open(url)).toEqual({ action: 'deny' });
    },
  );

  it('open https links in the browser instead', () => {
    const { open, openExternal } = setup();
    open('https://example.org/x');
    open('smb://server/share');
    expect(openExternal.mock.calls).toEqual([['https://example.org/x']]);
  });
});

describe('externalHttpsUrl', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['HTTPS://Example.org', 'https://example.org/'],
    ['http://example.org', null],
    ['file:///C:/Windows/system32/calc.exe', null],
    ['javascript:alert(1)', null],
    ['ms-msdt:/id PCWDiagnostic', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(externalHttpsUrl(url)).toBe(expected);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (h) => void (request = h as typeof request),
      setPermissionCheckHandler: (h) => void (check = h as typeof check),
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!({}, permission, 'app://pilah', {})).toBe(false);
    }
  });
});

describe('installSecurity', () => {
  it('hardens every web contents the app creates', () => {
    let created: ((event: unknown, contents: WebContents) => void) | undefined;
    installSecurity({ on: ((name: string, listener: typeof created) => {
      if (name === 'web-contents-created') created = listener;
    }) as never }, { openExternal: async () => undefined });
    const fake = fakeContents();
    created!({}, fake.contents);
    expect(fake.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.open('https://evil.example/')).toEqual({ action: 'deny' });
  });
});
