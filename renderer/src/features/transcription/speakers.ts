/** How a speaker label reads: the name the user gave it, else "Speaker A" (known speakers keep their name). */
export function speakerName(label: string, names: Readonly<Record<string, string>>): string {
  const given = names[label];
  if (given) return given;
  return /^[A-Z0-9]{1,2}$/.test(label) ? `Speaker ${label}` : label;
}

/** Colour slot 1..6 per label, in order of first appearance, so speakers keep their colour. */
export function speakerTones(labels: readonly (string | null)[]): Record<string, number> {
  const tones: Record<string, number> = {};
  let next = 0;
  for (const l of labels) if (l !== null && tones[l] === undefined) tones[l] = (next++ % 6) + 1;
  return tones;
}

/** A label no speaker has yet: the next free letter (A, B, …), then S1, S2, …, for "move to a new speaker". */
export function newSpeakerLabel(labels: Iterable<string | null>): string {
  const used = new Set(labels);
  for (let c = 65; c <= 90; c++) if (!used.has(String.fromCharCode(c))) return String.fromCharCode(c);
  for (let n = 1; ; n++) if (!used.has(`S${n}`)) return `S${n}`;
}
