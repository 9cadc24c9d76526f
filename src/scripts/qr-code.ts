import { qrCodeSvg } from '../render/qr-code.ts';

// The QR code's encoder, a bundle of its own: only a printout needs it, so the home page loads it
// once idle (timeline-page.ts) rather than with the scripts that draw the first screen.
declare global {
  interface Window {
    BIEN_NIEN_QR?: typeof qrCodeSvg;
  }
}

if (typeof window !== 'undefined') window.BIEN_NIEN_QR = qrCodeSvg;
