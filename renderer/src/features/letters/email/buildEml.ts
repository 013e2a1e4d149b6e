/**
 * An e-mail draft as an .eml file (RFC 5322 message, MIME multipart/mixed): a UTF-8 text body and
 * attachments in base64. Opened by the system mail client, it shows as a draft to review and send
 * (`X-Unsent: 1` is honoured by Outlook; other clients open it as a message to forward).
 */

export interface EmlAddress {
  name?: string;
  email: string;
}

export interface EmlAttachment {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

export interface EmlDraft {
  from: EmlAddress;
  to: EmlAddress[];
  subject: string;
  text: string;
  date: Date;
  attachments: EmlAttachment[];
  /** Deterministic in tests; random otherwise. */
  boundary?: string;
}

const CRLF = '\r\n';

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Base64 lines of at most 76 characters (RFC 2045). */
function base64Lines(bytes: Uint8Array): string {
  return (base64(bytes).match(/.{1,76}/g) ?? []).join(CRLF);
}

const isAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);

/** RFC 2047 encoded-word for non-ASCII header text, in chunks that keep lines short. */
export function encodeHeaderText(text: string): string {
  if (isAscii(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (new TextEncoder().encode(chunk + char).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(new TextEncoder().encode(w))}?=`).join(`${CRLF} `);
}

function address({ name, email }: EmlAddress): string {
  if (!name) return `<${email}>`;
  const display = isAscii(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : encodeHeaderText(name);
  return `${display} <${email}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date in UTC: « Mon, 23 Nov 2026 16:30:00 +0000 ». */
export function rfc5322Date(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ` +
    `${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:` +
    `${pad(date.getUTCSeconds())} +0000`
  );
}

/** File name parameters: an ASCII fallback and the UTF-8 name (RFC 2231). */
function fileNameParameters(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '_');
  return `filename="${ascii}";${CRLF} filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function buildEml(draft: EmlDraft): string {
  const boundary = draft.boundary ?? `recouvra-${crypto.randomUUID()}`;
  const domain = draft.from.email.split('@')[1] ?? 'recouvra.local';
  const headers = [
    `From: ${address(draft.from)}`,
    `To: ${draft.to.map(address).join(', ')}`,
    `Subject: ${encodeHeaderText(draft.subject)}`,
    `Date: ${rfc5322Date(draft.date)}`,
    `Message-ID: <${boundary}@${domain}>`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const textPart = [
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(new TextEncoder().encode(draft.text.replace(/\r?\n/g, CRLF))),
  ];
  const attachmentParts = draft.attachments.flatMap((attachment) => [
    `--${boundary}`,
    `Content-Type: ${attachment.mime}; name="${attachment.fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '')}"`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment; ${fileNameParameters(attachment.fileName)}`,
    '',
    base64Lines(attachment.bytes),
  ]);
  return [
    ...headers,
    '',
    'This is a multi-part message in MIME format.',
    ...textPart,
    ...attachmentParts,
    `--${boundary}--`,
    '',
  ].join(CRLF);
}
