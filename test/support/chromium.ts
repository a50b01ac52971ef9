/**
 * How the tests and the bench launch Debian's Chromium: no browser download is possible here, and
 * without these flags Chromium spends its start reaching for Google's services on a closed network.
 * `--no-sandbox` because CI runs as root.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-quic',
    '--disable-sync',
  ],
};
