import type { Bridge, FileFilter, OpenedFile, SaveFileResult } from '../../../contracts/ipc';

function acceptAttribute(filters: FileFilter[] | undefined): string {
  return (filters ?? []).flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

function downloadFrom(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  downloadFrom(url, fileName);
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

function toBlobPart(data: Uint8Array): ArrayBuffer {
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

/**
 * One file chosen, handed over unread: a worker reads it (a 75 MB backup read here held the
 * window in tasks of up to 130 ms). Null when the user cancelled.
 */
export async function pickFileUnread(
  filters: FileFilter[] | undefined,
): Promise<{ name: string; content: Blob } | null> {
  const [file] = await pickFiles(acceptAttribute(filters), false);
  return file ? { name: file.name, content: file } : null;
}

/** sessionStorage key of the team server's token: gone when the tab or window closes. */
export const SESSION_TOKEN_KEY = 'recouvra.sessionEquipe';

/**
 * Downloads a file the renderer already holds as a Blob made off the main thread (a backup):
 * nothing is copied in the window.
 */
/** Downloads from a URL another context made and keeps alive (a worker's blob URL). */
export function saveLinkInBrowser(url: string, suggestedName: string): SaveFileResult {
  downloadFrom(url, suggestedName);
  return { saved: true, fileName: suggestedName };
}

/** The browser build: a download link, a file input, and a hidden frame to print PDFs. */
export const browserBridge: Bridge = {
  async appInfo() {
    return {
      name: 'Recouvra',
      version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
      runtime: 'web',
      platform: navigator.platform || 'web',
    };
  },
  async saveFile({ suggestedName, data }) {
    downloadBlob(new Blob([toBlobPart(data)]), suggestedName);
    return { saved: true, fileName: suggestedName };
  },
  async openFiles({ filters, multiple = false }) {
    const files = await pickFiles(acceptAttribute(filters), multiple);
    return Promise.all(
      files.map(
        async (f): Promise<OpenedFile> => ({
          name: f.name,
          data: new Uint8Array(await f.arrayBuffer()),
        }),
      ),
    );
  },
  async printPdf(data) {
    const url = URL.createObjectURL(new Blob([toBlobPart(data)], { type: 'application/pdf' }));
    const frame = document.createElement('iframe');
    frame.style.position = 'fixed';
    frame.style.width = '0';
    frame.style.height = '0';
    frame.style.border = '0';
    frame.src = url;
    frame.addEventListener('load', () => {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
      setTimeout(() => {
        frame.remove();
        URL.revokeObjectURL(url);
      }, 60_000);
    });
    document.body.append(frame);
  },
  async writeAutoBackup() {
    // A web page has no folder of its own on disk: the user saves backups with « Sauvegarder ».
    return {
      saved: false,
      reason:
        'Les sauvegardes automatiques ne sont faites que dans l’application de bureau : ' +
        'utilisez « Sauvegarder » dans Paramètres → Données.',
    };
  },
  async openEmailDraft({ fileName, data }) {
    // A web page cannot start the mail client with a file: it downloads the draft instead.
    downloadBlob(new Blob([toBlobPart(data)], { type: 'message/rfc822' }), fileName);
    return {
      opened: false,
      reason: `Brouillon téléchargé (${fileName}) : ouvrez-le avec votre messagerie.`,
    };
  },
  async readSessionToken() {
    return sessionStorage.getItem(SESSION_TOKEN_KEY);
  },
  async writeSessionToken(token) {
    // A web page has no keychain: the token lives as long as this tab, never on disk for good.
    if (token === null) sessionStorage.removeItem(SESSION_TOKEN_KEY);
    else sessionStorage.setItem(SESSION_TOKEN_KEY, token);
    return {
      stored: false,
      reason: 'Dans le navigateur, la connexion au serveur ne dure que le temps de l’onglet.',
    };
  },
};
