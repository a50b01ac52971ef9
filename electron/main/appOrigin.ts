/**
 * The desktop app's own origin. The built renderer is served from a custom, standard, secure scheme
 * instead of file://: a file URL is a path (encoded differently by Node and Chromium, case-varying
 * on Windows), gives the page file:// extra privileges, and shares its origin with every other
 * local file. app://gantry is one origin that only our protocol handler answers.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'gantry';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
