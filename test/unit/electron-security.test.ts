/** Navigation, new-window, webview and permission guards, and the CSP header, on stubbed electron. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../support/electronStub';

vi.mock('electron', () => import('../support/electronStub'));

const { hardenSession, hardenWebContents } = await import('../../electron/main/security');
const { CONTENT_SECURITY_POLICY } = await import('../../electron/main/policy');
type Contents = Parameters<typeof hardenWebContents>[0];
type Ses = Parameters<typeof hardenSession>[0];

let contents: electron.FakeWebContents;

beforeEach(() => {
  electron.resetElectronStub();
  contents = new electron.FakeWebContents('file:///app/dist/renderer/index.html');
  hardenWebContents(contents as unknown as Contents);
});

function openWindow(url: string) {
  expect(contents.windowOpenHandler).not.toBeNull();
  return contents.windowOpenHandler!({ url });
}

describe('webContents guards', () => {
  it.each(['will-navigate', 'will-redirect'])('prevents %s', (name) => {
    const event = electron.fakeEvent({ url: 'https://evil.example/' });
    contents.emit(name, event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('prevents attaching a <webview>', () => {
    const event = electron.fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open of a link in a log in-app, and hands it to the browser (issue 9: http(s) only)', () => {
    expect(openWindow('https://api.example.com/orders')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://api.example.com/orders');
  });

  it('refuses a link with credentials in it (it reads as another host) entirely', () => {
    expect(openWindow('https://docs.docker.com@evil.example/')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies window.open of a published port in-app but opens it in the browser', () => {
    expect(openWindow('http://localhost:8080')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('http://localhost:8080/');
  });

  it('opens Docker docs externally', () => {
    expect(openWindow('https://docs.docker.com/reference/')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://docs.docker.com/reference/');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share'])('refuses %s entirely', (url) => {
    expect(openWindow(url)).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('session guards', () => {
  let ses: ReturnType<typeof electron.fakeSession>;
  beforeEach(() => {
    ses = electron.fakeSession();
    hardenSession(ses as unknown as Ses, CONTENT_SECURITY_POLICY);
  });

  it.each(['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal'])(
    'denies the %s permission',
    (permission) => {
      const callback = vi.fn();
      ses.permissionRequestHandler!(contents, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(ses.permissionCheckHandler!(contents, permission, 'file:///', {})).toBe(false);
    },
  );

  it('puts our CSP on every response, replacing any the response brought', () => {
    const callback = vi.fn();
    ses.headersListener!(
      {
        url: 'file:///app/dist/renderer/index.html',
        responseHeaders: { 'content-type': ['text/html'], 'content-security-policy': ['default-src *'] },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'content-type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('adds the CSP when the response had no headers at all', () => {
    const callback = vi.fn();
    ses.headersListener!({ url: 'file:///app/dist/renderer/index.html' }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});
