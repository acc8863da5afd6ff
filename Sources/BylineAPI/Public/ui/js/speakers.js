// One colour per speaker. Colours are handed out in the order speakers first appear on the
// page, so the first eight speakers of an article never share one (a hash would collide).

export const paletteSize = 8;

export class SpeakerPalette {
  constructor() {
    this.assigned = new Map();
  }

  /** The CSS class for a speaker id; quotes without a named speaker share a grey. */
  classFor(speakerId) {
    if (!speakerId) return "speaker-none";
    if (!this.assigned.has(speakerId)) this.assigned.set(speakerId, this.assigned.size % paletteSize);
    return `speaker-${this.assigned.get(speakerId)}`;
  }
}
