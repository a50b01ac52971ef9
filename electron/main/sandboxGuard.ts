/**
 * Gantry never runs without Chromium's OS sandbox: the window drives the Docker socket, which is
 * root on the host. Some launchers add --no-sandbox on their own (electron-builder's AppImage AppRun
 * does where unprivileged user namespaces are blocked, as on Ubuntu 24.04+), so the shell refuses to
 * start with it — loudly, with what to do — instead of running unsandboxed without a word.
 * No electron import: the decision and the words are unit-tested.
 */

/** Command-line switches that turn the renderer sandbox off for every process. */
const SANDBOX_OFF_SWITCHES = ['no-sandbox'] as const;

export interface SandboxRefusal {
  title: string;
  message: string;
}

export function sandboxRefusal(hasSwitch: (name: string) => boolean): SandboxRefusal | null {
  const found = SANDBOX_OFF_SWITCHES.find((name) => hasSwitch(name));
  if (!found) return null;
  return {
    title: 'Gantry will not start without its sandbox',
    message: [
      `Gantry was started with --${found}. It controls your Docker Engine, which is root on this machine, so it only runs with Chromium's sandbox on.`,
      '',
      'Where unprivileged user namespaces are restricted (Ubuntu 24.04 and later), use one of these:',
      '• Install the .deb package: it adds an AppArmor profile that allows Gantry its sandbox.',
      '• For the AppImage: add an AppArmor profile for its path (see the README, "Desktop app on Ubuntu 24.04+").',
      '• From a checkout: sudo chown root node_modules/electron/dist/chrome-sandbox && sudo chmod 4755 node_modules/electron/dist/chrome-sandbox',
      '',
      'Do not run Gantry as root, and do not pass --no-sandbox.',
    ].join('\n'),
  };
}
