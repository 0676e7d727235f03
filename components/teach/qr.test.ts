import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qr';

/** Draws the path's squares into an RGBA image, `scale` pixels a module, and reads it back. */
function decode(text: string, scale = 4): string | null {
  const { size, d } = qrPath(text);
  const px = size * scale;
  const rgba = new Uint8ClampedArray(px * px * 4).fill(255);
  for (const m of d.matchAll(/M(\d+) (\d+)/g)) {
    const x0 = Number(m[1]) * scale;
    const y0 = Number(m[2]) * scale;
    for (let y = y0; y < y0 + scale; y++) for (let x = x0; x < x0 + scale; x++) rgba.fill(0, (y * px + x) * 4, (y * px + x) * 4 + 3);
  }
  return jsQR(rgba, px, px)?.data ?? null;
}

describe('join QR code', () => {
  it('reads back as the join link, dash included', () => {
    const link = 'https://jatta.example.kz/kk/join/ABCDE-FGHJK';
    expect(decode(link)).toBe(link);
    expect(decode('http://localhost:3230/ru/join/QRSTU-VWXYZ')).toBe('http://localhost:3230/ru/join/QRSTU-VWXYZ');
  });

  it('has a quiet zone of four modules on each side', () => {
    const { d } = qrPath('x');
    const xs = [...d.matchAll(/M(\d+) (\d+)/g)].flatMap((m) => [Number(m[1]), Number(m[2])]);
    expect(Math.min(...xs)).toBe(4);
  });
});
