/**
 * The Content-Security-Policy sent with every app:// response. It repeats the meta tag in
 * `renderer/index.html` (a test keeps the two equal) because a header also covers
 * responses the meta tag cannot, and cannot be removed by script in the page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
