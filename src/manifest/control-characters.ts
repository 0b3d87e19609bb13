/**
 * Characters that drive a terminal or reorder what it shows: C0 controls but tab and line feed
 * (ESC starts escape and OSC sequences, BEL rings, NUL truncates, CR overwrites a line), DEL,
 * C1 controls and the bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069).
 * Manifest text reaches the terminal in plan and apply output, so it must hold none of them.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const NAMES: Record<number, string> = {
  0: 'NUL',
  7: 'BEL',
  8: 'BS',
  13: 'CR',
  27: 'ESC',
  127: 'DEL',
  155: 'CSI',
  157: 'OSC',
};

/** Names the first such character and where it is, e.g. `U+001B (ESC) at character 5`; undefined when clean. */
export function findControlCharacter(text: string): string | undefined {
  const match = CONTROL.exec(text);
  if (match === null) return undefined;
  const code = match[0].charCodeAt(0);
  const name = NAMES[code] ?? (code >= 0x202a ? 'bidi control' : 'control character');
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${name}) at character ${match.index + 1}`;
}
