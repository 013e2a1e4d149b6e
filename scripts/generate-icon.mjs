// Draws resources/icon.png (512×512): a blue rounded square with a white « R ».
// electron-builder derives the .ico/.icns from it. Run again only to change the design:
//   node scripts/generate-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // 4×4 supersampling per pixel for smooth edges
const TOP = [37, 99, 235]; // gradient from top…
const BOTTOM = [30, 64, 175]; // …to bottom

function insideRoundedSquare(x, y) {
  const margin = 24;
  const radius = 104;
  const lo = margin + radius;
  const hi = SIZE - margin - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return dx * dx + dy * dy <= radius * radius;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const t = Math.max(
    0,
    Math.min(
      1,
      ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2),
    ),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** The R: a stem, a bowl (two bars and a half ring) and a diagonal leg, 56 px strokes. */
function insideLetter(x, y) {
  const stroke = 56;
  const left = 144;
  const top = 124;
  const baseline = 388;
  const bowlBottom = top + 180;
  const bowlCentreX = 256;
  const bowlCentreY = (top + bowlBottom) / 2;
  const outer = (bowlBottom - top) / 2;

  const stem = x >= left && x <= left + stroke && y >= top && y <= baseline;
  const bars =
    x >= left &&
    x <= bowlCentreX &&
    ((y >= top && y <= top + stroke) || (y >= bowlBottom - stroke && y <= bowlBottom));
  const r = Math.hypot(x - bowlCentreX, y - bowlCentreY);
  const ring = x >= bowlCentreX && r <= outer && r >= outer - stroke;
  const leg =
    y <= baseline && distanceToSegment(x, y, 250, bowlBottom - 20, 340, baseline) <= stroke / 2;
  return stem || bars || ring || leg;
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // first byte: PNG filter type 0 (none)
  const t = py / (SIZE - 1);
  const background = TOP.map((c, i) => Math.round(c + (BOTTOM[i] - c) * t));
  for (let px = 0; px < SIZE; px++) {
    let square = 0;
    let letter = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = px + (sx + 0.5) / SAMPLES;
        const y = py + (sy + 0.5) / SAMPLES;
        if (insideRoundedSquare(x, y)) {
          square++;
          if (insideLetter(x, y)) letter++;
        }
      }
    }
    const total = SAMPLES * SAMPLES;
    const white = square === 0 ? 0 : letter / square;
    const offset = 1 + px * 4;
    for (let i = 0; i < 3; i++)
      row[offset + i] = Math.round(background[i] + (255 - background[i]) * white);
    row[offset + 3] = Math.round((255 * square) / total);
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../resources/icon.png', import.meta.url), png);
console.log(`resources/icon.png: ${SIZE}×${SIZE}, ${png.length} octets`);
