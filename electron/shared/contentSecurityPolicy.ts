/**
 * The renderer's Content-Security-Policy, written once for every place that serves the page: the
 * desktop app's app:// protocol handler, the `serve` web server, and the meta tag in
 * renderer/index.html (a test pins the tag to META_CONTENT_SECURITY_POLICY). Nothing inline,
 * nothing remote: the renderer is plain bundled JS/CSS from its own origin.
 */

const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

/**
 * Directives a browser honours only in a response header: a <meta> policy ignores frame-ancestors
 * (CSP Level 3, §6.1), so the tag carries the rest and every response adds this.
 */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The policy every response that serves the renderer carries as a header. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');

/** The same policy as renderer/index.html carries it in its meta tag (header-only directives left out). */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');
