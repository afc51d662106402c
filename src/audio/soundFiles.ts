import clickMp3 from '../../assets/audio/click.mp3?url&no-inline';
import clickOpus from '../../assets/audio/click.opus?url&no-inline';
import confirmMp3 from '../../assets/audio/confirm.mp3?url&no-inline';
import confirmOpus from '../../assets/audio/confirm.opus?url&no-inline';
import dealRefusedMp3 from '../../assets/audio/deal-refused.mp3?url&no-inline';
import dealRefusedOpus from '../../assets/audio/deal-refused.opus?url&no-inline';
import dealSignedMp3 from '../../assets/audio/deal-signed.mp3?url&no-inline';
import dealSignedOpus from '../../assets/audio/deal-signed.opus?url&no-inline';
import alertMp3 from '../../assets/audio/event-alert.mp3?url&no-inline';
import alertOpus from '../../assets/audio/event-alert.opus?url&no-inline';
import musicLoop from '../../assets/audio/music-loop.json';
import musicMp3 from '../../assets/audio/music-loop.mp3?url&no-inline';
import musicOpus from '../../assets/audio/music-loop.opus?url&no-inline';
import turnMp3 from '../../assets/audio/turn-change.mp3?url&no-inline';
import turnOpus from '../../assets/audio/turn-change.opus?url&no-inline';
import type { Cue } from './cueFor';
import type { Format } from './formats';

/** Every cue in both formats (made by tools/make-sounds.mjs). */
export const CUE_FILES: Record<Cue, Record<Format, string>> = {
  click: { opus: clickOpus, mp3: clickMp3 },
  confirm: { opus: confirmOpus, mp3: confirmMp3 },
  dealSigned: { opus: dealSignedOpus, mp3: dealSignedMp3 },
  dealRefused: { opus: dealRefusedOpus, mp3: dealRefusedMp3 },
  alert: { opus: alertOpus, mp3: alertMp3 },
  turn: { opus: turnOpus, mp3: turnMp3 },
};

export const MUSIC_FILE: Record<Format, string> = { opus: musicOpus, mp3: musicMp3 };

/**
 * Where the loop lies in the music file (ms): the file holds a little of the loop's own end
 * before it and of its start after it, so the loop points fall on continuous music whatever
 * silence an MP3 decoder leaves at the file's start.
 */
export const MUSIC_LOOP: { loopStartMs: number; loopMs: number } = musicLoop;
