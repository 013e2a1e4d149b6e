import type { LetterContent } from '../../domain/letters';

/** Characters no file system accepts in a name (control characters are dropped too). */
const FORBIDDEN = /[\\/:*?"<>|]/g;

export function safeFileName(name: string): string {
  const printable = Array.from(name, (char) => (char.charCodeAt(0) < 0x20 ? ' ' : char)).join('');
  return printable.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().slice(0, 180);
}

/** « Mise en demeure – Usinage Martin SAS – 2026-11-23.pdf ». */
export function letterFileName(
  letter: Pick<LetterContent, 'templateName' | 'recipient' | 'date'>,
  extension = 'pdf',
): string {
  return `${safeFileName(`${letter.templateName} – ${letter.recipient.name} – ${letter.date}`)}.${extension}`;
}

/** « Courriers – Mise en demeure – 2026-11-23 (12).pdf » for a batch. */
export function batchFileName(templateName: string, date: string, count: number): string {
  return `${safeFileName(`Courriers – ${templateName} – ${date} (${count})`)}.pdf`;
}
