/** The encodings every sound ships in, the browser's first choice first. */
export const FORMATS = ['opus', 'mp3'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The format to play: Ogg Opus where the browser decodes it (it is smaller for the cues and
 * its files carry their exact length), MP3 elsewhere (older Safari); null where neither plays.
 */
export function pickFormat(canPlay: (format: Format) => boolean): Format | null {
  return FORMATS.find((f) => canPlay(f)) ?? null;
}

/** A MIME type for a data: URI of the format (howler is told the codec separately). */
export const MIME: Record<Format, string> = { opus: 'audio/ogg', mp3: 'audio/mpeg' };
