/** Text of a PDF read back in the test runner (Node) with pdf.js. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdf.js 6 calls Promise.withResolvers, which Node only has from version 22.
if (!('withResolvers' in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

/** All pages' text, spaces (including French no-break ones) collapsed to one. */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const document = await task.promise;
  let text = '';
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) text += `${item.str} `;
  }
  const pages = document.numPages;
  await task.destroy();
  return { text: text.replace(/[\s\u00a0\u202f]+/g, ' ').trim(), pages };
}

/** Each page's text, spaces collapsed as in `pdfText`. */
export async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const document = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push(text.replace(/[\s\u00a0\u202f]+/g, ' ').trim());
  }
  await task.destroy();
  return pages;
}
