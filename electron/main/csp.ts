/**
 * The Content-Security-Policy sent with every app:// response. It repeats the meta tag in
 * `renderer/index.html` (a test keeps the two equal) because a header also covers
 * responses the meta tag cannot, and cannot be removed by script in the page.
 */
export const PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // Team sync: the CouchDB server is chosen at run time, and a meta CSP cannot change after
  // load. Any server over TLS, plus plain http on this machine only (development, CI's test
  // server, an SSH tunnel); plain http to another host stays blocked, as the README requires TLS.
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** frame-ancestors only works in a header (browsers ignore it, with a warning, in a meta tag). */
export const CONTENT_SECURITY_POLICY = `${PAGE_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
