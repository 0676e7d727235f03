// The class's join link as a QR code, large enough for the classroom projector.
import { qrPath } from './qr';

export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, d } = qrPath(text);
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} className="h-auto w-full max-w-80" shapeRendering="crispEdges" data-testid="join-qr">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
