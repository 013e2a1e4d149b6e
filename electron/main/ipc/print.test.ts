import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { looksLikePdf } from '../../../contracts';
import { createPdfPrinter } from './print';

type PrintCallback = (success: boolean, failureReason: string) => void;

/** A print window that records what it was asked to load and answers the print dialog. */
class FakePrintWindow {
  loadedUrl = '';
  bytesAtLoad: Uint8Array | null = null;
  destroyed = false;
  constructor(
    readonly options: BrowserWindowConstructorOptions,
    private readonly dialogAnswer: [boolean, string],
  ) {}
  readonly webContents = {
    print: vi.fn((_options: unknown, callback: PrintCallback) => callback(...this.dialogAnswer)),
  };
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.bytesAtLoad = new Uint8Array(readFileSync(fileURLToPath(url)));
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n%%EOF\n');

let tempRoot: string;
let windows: FakePrintWindow[];

function printerAnswering(...dialogAnswer: [boolean, string]) {
  return createPdfPrinter({
    tempRoot,
    openWindow: (options) => {
      const window = new FakePrintWindow(options, dialogAnswer);
      windows.push(window);
      return window as unknown as BrowserWindow;
    },
  });
}

beforeEach(() => {
  tempRoot = mkdtempSync(join(tmpdir(), 'recouvra-print-test-'));
  windows = [];
});

afterEach(() => {
  rmSync(tempRoot, { recursive: true, force: true });
});

describe('createPdfPrinter', () => {
  it('shows the PDF in a hidden, sandboxed viewer window and opens the print dialog', async () => {
    await printerAnswering(true, '')(PDF);

    const [window] = windows;
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({
      plugins: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window?.options.webPreferences?.preload).toBeUndefined();
    expect(window?.loadedUrl).toMatch(/^file:\/\/.*\.pdf$/);
    expect(window?.bytesAtLoad).toEqual(PDF);
    expect(window?.webContents.print).toHaveBeenCalledWith(
      expect.objectContaining({ silent: false }),
      expect.any(Function),
    );
  });

  it('removes the temporary copy and the window once printed', async () => {
    await printerAnswering(true, '')(PDF);
    expect(windows[0]?.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(windows[0]?.loadedUrl ?? ''))).toBe(false);
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('treats a cancelled dialog as a normal outcome', async () => {
    await expect(printerAnswering(false, 'Print job canceled')(PDF)).resolves.toBeUndefined();
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('reports a failed print in French, and still cleans up', async () => {
    await expect(printerAnswering(false, 'Print job failed')(PDF)).rejects.toThrow(
      "L'impression a échoué : Print job failed",
    );
    expect(windows[0]?.destroyed).toBe(true);
    expect(readdirSync(tempRoot)).toEqual([]);
  });
});

describe('looksLikePdf', () => {
  it.each([
    ['%PDF-1.4', true],
    ['%PDF-', true],
    ['%PDF', false],
    ['<html>', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikePdf(new TextEncoder().encode(text))).toBe(expected);
  });
});
