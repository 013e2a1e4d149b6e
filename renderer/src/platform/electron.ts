import type { Bridge } from '../../../contracts/ipc';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser build. */
    recouvra?: Bridge;
  }
}

/** The bridge exposed by the preload, if this renderer runs inside Electron. */
export function electronBridge(): Bridge | null {
  return typeof window !== 'undefined' && window.recouvra ? window.recouvra : null;
}
