import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  denyPermissions,
  guardAllWebContents,
  guardWebContents,
  isPermissionGranted,
  isTrustedSender,
} from './security';
import { FakeWebContents, fakeEvent, fakeIpcEvent, topFrame } from './test-support/fakes';

function guarded(): FakeWebContents {
  const contents = new FakeWebContents();
  guardWebContents(contents.asWebContents());
  return contents;
}

describe('navigation and new windows', () => {
  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
  ])('prevents navigating to %s', (url) => {
    const contents = guarded();
    for (const eventName of ['will-navigate', 'will-redirect']) {
      const event = fakeEvent();
      contents.emit(eventName, event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    }
  });

  it('lets the app navigate within its own origin', () => {
    const contents = guarded();
    const event = fakeEvent();
    contents.emit('will-navigate', event, 'app://recouvra/index.html#/debiteurs');
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every window.open', () => {
    const contents = guarded();
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0];
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://recouvra/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach <webview>', () => {
    const contents = guarded();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('guards every web contents the app ever creates', () => {
    const app = { on: vi.fn() };
    guardAllWebContents(app);
    expect(app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    const onCreated = app.on.mock.calls[0]?.[1];
    const contents = new FakeWebContents();
    onCreated({}, contents);
    const event = fakeEvent();
    contents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });
});

describe('permissions', () => {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  denyPermissions(session as unknown as Session);
  const requestHandler = session.setPermissionRequestHandler.mock.calls[0]?.[0];
  const checkHandler = session.setPermissionCheckHandler.mock.calls[0]?.[0];
  const deviceHandler = session.setDevicePermissionHandler.mock.calls[0]?.[0];

  it.each([
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'clipboard-read',
    'fullscreen',
    'hid',
    'unknown',
  ])('denies the %s permission request, even from the app', (permission) => {
    const callback = vi.fn();
    const contents = new FakeWebContents();
    requestHandler(contents, permission, callback, { requestingUrl: 'app://recouvra/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(checkHandler(contents, permission, 'app://recouvra/', {})).toBe(false);
  });

  it('lets only the app itself write to the clipboard', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://recouvra/')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    const callback = vi.fn();
    requestHandler(new FakeWebContents(), 'clipboard-sanitized-write', callback, {
      requestingUrl: 'https://evil.example/',
    });
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('denies device access', () => {
    expect(deviceHandler({ deviceType: 'usb', origin: 'app://recouvra' })).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const mainContents = new FakeWebContents();
  const trusted = mainContents.asWebContents();

  it('accepts the top frame of the main window on the app origin', () => {
    const event = fakeIpcEvent(mainContents, topFrame('app://recouvra/index.html#/import'));
    expect(isTrustedSender(event, trusted)).toBe(true);
  });

  it.each([
    ['a remote page', topFrame('https://evil.example/')],
    ['a file:// page', topFrame('file:///')],
    ['a look-alike host', topFrame('app://recouvra.evil/')],
    ['a destroyed frame', null],
    ['an iframe', { url: 'app://recouvra/frame.html', parent: topFrame('app://recouvra/') }],
  ])('refuses %s', (_label, frame) => {
    expect(isTrustedSender(fakeIpcEvent(mainContents, frame), trusted)).toBe(false);
  });

  it('refuses another window, and everything while the main window is gone', () => {
    const other = new FakeWebContents();
    const frame = topFrame('app://recouvra/index.html');
    expect(isTrustedSender(fakeIpcEvent(other, frame), trusted)).toBe(false);
    expect(isTrustedSender(fakeIpcEvent(mainContents, frame), null)).toBe(false);
  });
});
