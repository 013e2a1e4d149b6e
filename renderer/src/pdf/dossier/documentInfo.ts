/**
 * The document information of every PDF the dossier export writes: made by Recouvra, in French,
 * dated at noon UTC of the plan's date rather than now — the same plan gives the same file,
 * byte for byte.
 */
import type { PDFDocument } from 'pdf-lib';

export function dossierInstant(date: string): Date {
  return new Date(`${date}T12:00:00.000Z`);
}

export interface DocumentInfo {
  title?: string;
  author?: string;
  subject?: string;
}

export function setDocumentInfo(doc: PDFDocument, date: string, info: DocumentInfo = {}): void {
  const when = dossierInstant(date);
  if (info.title) doc.setTitle(info.title);
  if (info.author) doc.setAuthor(info.author);
  if (info.subject) doc.setSubject(info.subject);
  doc.setCreator('Recouvra');
  doc.setProducer('Recouvra');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  doc.setLanguage('fr-FR');
}
