import type { Bridge } from '../../../contracts/ipc';
import { browserBridge } from './browser';
import { electronBridge } from './electron';

/** Chosen once at start-up: the rest of the renderer only ever sees `platform`. */
export const platform: Bridge = electronBridge() ?? browserBridge;

export type * from '../../../contracts/ipc';
