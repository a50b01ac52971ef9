/**
 * A minimal application menu. Electron's default menu carries DevTools, reload and zoom for
 * every build; an installed Gantry has no use for them (and DevTools on a window that can drive the
 * Docker socket is a foot-gun), so those live in a View menu that exists only in development.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function menuTemplate(platform: NodeJS.Platform, dev: boolean): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (platform === 'darwin') template.push({ role: 'appMenu' });
  template.push({ role: 'fileMenu' });
  // Needed on macOS for Cmd+C/V/A to reach text fields; harmless elsewhere.
  template.push({ role: 'editMenu' });
  if (dev) {
    template.push({
      label: 'View',
      submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }],
    });
  }
  template.push({ role: 'windowMenu' });
  return template;
}

export function installMenu(dev: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, dev)));
}
