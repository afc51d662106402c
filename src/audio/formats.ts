/** The encodings every sound ships in, the browser's first choice first. */
export const FORMATS = ['opus', 'mp3'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The formats to try, in order: Ogg Opus where the browser says it decodes it (smaller for the
 * cues, and its files carry their exact length), then MP3 (older Safari). Empty where neither plays.
 */
export function playableFormats(canPlay: (format: Format) => boolean): Format[] {
  return FORMATS.filter((f) => canPlay(f));
}

/** A MIME type for a data: URI of the format (howler is told the codec separately). */
export const MIME: Record<Format, string> = { opus: 'audio/ogg', mp3: 'audio/mpeg' };
