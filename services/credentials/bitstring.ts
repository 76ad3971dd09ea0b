import { gunzipSync, gzipSync } from 'node:zlib';

/*
 * The bitstring of a Bitstring Status List (W3C VC Bitstring Status List 1.0): GZIP-compressed, base64url
 * without padding, with the multibase prefix `u`; index 0 is the most significant bit of the first byte. Built
 * with node:zlib rather than the status-list library's pako, which would add ~50 KB to the worker.
 */

/** 131,072 entries (16 KiB), the specification's minimum, so a holder's index tells a verifier nothing. */
export const STATUS_LIST_LENGTH = 131_072;

export function encodeBitstring(bits: Uint8Array): string {
  return `u${gzipSync(bits).toString('base64url')}`;
}

export function decodeBitstring(encoded: string): Uint8Array {
  if (!encoded.startsWith('u')) throw new Error('encodedList is not multibase base64url');
  return new Uint8Array(gunzipSync(Buffer.from(encoded.slice(1), 'base64url')));
}

/** An empty list of STATUS_LIST_LENGTH entries, encoded. */
export const emptyBitstring = () => encodeBitstring(new Uint8Array(STATUS_LIST_LENGTH / 8));

export function bitAt(encoded: string, index: number): boolean {
  const bits = decodeBitstring(encoded);
  return ((bits[index >> 3]! >> (7 - (index & 7))) & 1) === 1;
}

/** The list with entry `index` set or cleared. */
export function withBit(encoded: string, index: number, set: boolean): string {
  const bits = decodeBitstring(encoded);
  if (index < 0 || index >= bits.length * 8) throw new Error(`Status index ${index} is outside the list`);
  const mask = 1 << (7 - (index & 7));
  bits[index >> 3] = set ? bits[index >> 3]! | mask : bits[index >> 3]! & ~mask;
  return encodeBitstring(bits);
}
