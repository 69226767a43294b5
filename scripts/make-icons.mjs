// Draws the add-in's icons (a blue tile with a rising bar chart) as PNGs in assets/.
// Kept as a script so the icons can be redrawn at any size without an image editor.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function icon(size) {
  const px = (x, y) => {
    const r = size * 0.18; // rounded corners
    const inside = (cx, cy) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    const inCore = (x >= r && x < size - r) || (y >= r && y < size - r);
    const inCorner = inside(r, r) || inside(size - r, r) || inside(r, size - r) || inside(size - r, size - r);
    if (!inCore && !inCorner) return [0, 0, 0, 0];
    const bars = [0.45, 0.65, 0.85];
    const w = size * 0.16;
    for (let i = 0; i < 3; i++) {
      const left = size * 0.17 + i * size * 0.24;
      const top = size * (0.88 - bars[i] * 0.75);
      if (x >= left && x < left + w && y >= top && y < size * 0.84) return [255, 255, 255, 255];
    }
    return [15, 98, 254, 255];
  };
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(px(x + 0.5, y + 0.5), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('assets', { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, icon(size));
console.log('assets/icon-{16,32,64,80,128}.png written');
