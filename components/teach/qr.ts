// A QR code as SVG path data (one square per dark module), with a quiet zone of four
// modules around it as the standard asks, so a phone camera reads it off a projector.
import { encode } from 'uqr';

export const QUIET_ZONE = 4;

export interface QrPath {
  /** modules per side, quiet zone included */
  size: number;
  /** SVG path of the dark modules */
  d: string;
}

export function qrPath(text: string): QrPath {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
  }));
  return { size: data.length + 2 * QUIET_ZONE, d };
}
