import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { vi } from 'vitest';

/**
 * Minimal stand-ins for Electron objects. Electron never runs on the test machine, so the main
 * process is exercised against these; each fake implements only what the code under test calls.
 */
export class FakeWebContents extends EventEmitter {
  readonly setWindowOpenHandler = vi.fn();
  readonly print = vi.fn();
  url = 'app://recouvra/index.html';
  getURL(): string {
    return this.url;
  }
  /** Typed view for production functions that take a real WebContents. */
  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

/** An Electron-style event whose default action can be prevented. */
export function fakeEvent(): { preventDefault: ReturnType<typeof vi.fn> } {
  return { preventDefault: vi.fn() };
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export function fakeIpcEvent(sender: FakeWebContents, frame: FakeFrame | null): IpcMainInvokeEvent {
  return { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

export const topFrame = (url: string): FakeFrame => ({ url, parent: null });
