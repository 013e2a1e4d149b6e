import type { App, IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { isAppUrl } from './origin';

/**
 * Permissions the app itself uses, granted to its own origin only. Copy buttons (IBAN, e-mail
 * addresses) need clipboard writes; everything else (camera, geolocation, notifications…) is
 * refused, whoever asks.
 */
const PERMISSIONS_GRANTED_TO_APP: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return PERMISSIONS_GRANTED_TO_APP.has(permission) && isAppUrl(requestingUrl);
}

/** Session-wide: covers the main window, the print window and anything created later. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl ?? contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  // WebHID, WebUSB, Web Serial, Bluetooth: no device access at all.
  session.setDevicePermissionHandler(() => false);
}

/**
 * Applied to every web contents, including ones we did not create on purpose: navigating away
 * from the app, opening windows and attaching <webview> are refused. Programmatic loads from the
 * main process (loadURL) do not emit these events, so the app's own windows still load.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Must be installed before the first window exists. */
export function guardAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

/**
 * True only for IPC coming from the top frame of our main window while it shows an app page:
 * not an iframe, not another window, not a page that managed to navigate elsewhere.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  trustedContents: WebContents | null,
): boolean {
  const frame = event.senderFrame;
  if (frame === null || trustedContents === null) return false;
  if (event.sender !== trustedContents) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
