import { renderSVG } from 'uqr';

/**
 * A QR code of a link, as an image address: our own SVG (uqr draws it from the link's bytes),
 * given to an <img> as a data: URL, so nothing of the link is ever parsed as markup.
 * Error correction M survives a crease or a smudge on a printed page.
 */
export function qrDataUrl(link: string): string {
  const svg = renderSVG(link, { ecc: 'M', border: 2, pixelSize: 4 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
