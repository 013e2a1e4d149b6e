/**
 * A file as the page hands it to a worker: the browser's `Blob` of it, which crosses by reference
 * and is read here, off the page's thread, or the bytes the desktop app's main process sent.
 */
export type FileContent = Blob | Uint8Array;

export async function bytesOfContent(content: FileContent | ArrayBuffer): Promise<Uint8Array> {
  if (content instanceof Uint8Array) return content;
  return new Uint8Array(content instanceof Blob ? await content.arrayBuffer() : content);
}
