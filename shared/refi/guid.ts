/**
 * GUIDs in a REFI-QDA file. Pilah's ids are already UUIDs and are written as they are, so
 * they come back unchanged; anything else (and every element Pilah has no id for, such as a
 * Coding) gets a GUID derived by hashing, so re-exporting the same project writes the same
 * GUIDs and other tools can merge the two files.
 */

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

const LOWER_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for `8-4-4-4-12` hex digits, with or without braces, in either case. */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/**
 * The form used to look GUIDs up: braces stripped, lower case (NVivo writes lower case,
 * ATLAS.ti and MAXQDA upper case). Strings that are not GUIDs are returned trimmed.
 */
export function normalizeGuid(value: string): string {
  // Most GUIDs read are already in that form (Pilah's own, NVivo's): returned as they are, without a match array.
  if (value.length === 36 && LOWER_GUID.test(value)) return value;
  const match = GUID.exec(value.trim());
  return match ? match[1]!.toLowerCase() : value.trim();
}

/**
 * A 128-bit hash of a string (cyrb128: four 32-bit lanes mixed with Math.imul). Not
 * cryptographic; it only has to make accidental collisions within one project negligible.
 */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** Two hex digits per byte value: `Number#toString(16)` and padding cost more than the hash. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex8 = (n: number): string => HEX[n >>> 24]! + HEX[(n >>> 16) & 0xff]! + HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;
/** An 8-digit group as its first and last four digits. */
const hex4 = (n: number): [string, string] => [HEX[n >>> 24]! + HEX[(n >>> 16) & 0xff]!, HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!];

/**
 * A deterministic GUID for the given parts (e.g. `derivedGuid('coding', segmentId, codeId)`),
 * shaped as an RFC 9562 version-8 ("custom") UUID so it is a valid GUID everywhere.
 */
export function derivedGuid(...parts: string[]): string {
  const [a, b, c, d] = hash128(parts.join('\u0000'));
  // Version nibble 8 and variant bits 10xx, as RFC 9562 asks of custom UUIDs.
  const [b1, b2] = hex4(((b & 0xffff0fff) | 0x00008000) >>> 0);
  const [c1, c2] = hex4(((c & 0x3fffffff) | 0x80000000) >>> 0);
  return `${hex8(a)}-${b1}-${b2}-${c1}-${c2}${hex8(d)}`;
}

/** The GUID written for a Pilah id: the id itself when it is a GUID, else one derived from it. */
export function guidForId(id: string): string {
  return isGuid(id) ? id : derivedGuid('pilah-id', id);
}
