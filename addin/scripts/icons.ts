// Draws the add-in's icons (a ledger grid with a sync tick) as PNGs in public/assets: 16, 32, 64 and 80 px.
// Four tiny images do not warrant an image library: a PNG is a zlib stream of RGBA rows plus three chunks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80] as const;
const BLUE = [0x1f, 0x4e, 0x79, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [0x10, 0x7c, 0x10, 255];

function pixel(x: number, y: number, n: number): number[] {
  const u = (v: number) => v / n;
  const inTick =
    Math.abs(u(y) - (u(x) < 0.62 ? 0.55 + (u(x) - 0.45) : 0.72 - (u(x) - 0.62) * 1.4)) < 0.07 &&
    u(x) > 0.4 &&
    u(x) < 0.9;
  if (inTick) return GREEN;
  const border = u(x) < 0.08 || u(x) > 0.92 || u(y) < 0.08 || u(y) > 0.92;
  const grid =
    (u(x) > 0.08 && u(x) < 0.92 && Math.abs(u(y) - 0.36) < 0.04) || (Math.abs(u(x) - 0.36) < 0.04 && u(y) > 0.08);
  return border || grid ? BLUE : WHITE;
}

export function iconPng(n: number): Buffer {
  const raw = Buffer.alloc(n * (n * 4 + 1));
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) Buffer.from(pixel(x, y, n)).copy(raw, y * (n * 4 + 1) + 1 + x * 4);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(n, 0);
  header.writeUInt32BE(n, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(import.meta.dirname, '..', 'public', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const n of ICON_SIZES) writeFileSync(join(dir, `icon-${n}.png`), iconPng(n));
  console.log(`icons written to ${dir}`);
}
