import { createHash } from 'node:crypto';

/**
 * The headers of a page the API serves: HTML, no framing, nothing from elsewhere, and only the page's own
 * inline `script` (allowed by its hash), which may talk to the API it came from.
 */
export function pageHeaders(script: string): Record<string, string> {
  const hash = createHash('sha256').update(script).digest('base64');
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}
