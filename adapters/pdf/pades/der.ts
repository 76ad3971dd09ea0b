/*
 * The few DER structures a CAdES signature and its check need (X.690), written by hand: the CMS libraries on npm
 * are 140-420 KB bundled (pkijs, node-forge, @peculiar/asn1-cms) against a 1 MiB worker budget, and none has
 * the ESS signing-certificate-v2 attribute PAdES requires (docs/BENCHMARKS.md, issue 15 research).
 */

type Bytes = Uint8Array;

export const concat = (...parts: readonly Bytes[]): Buffer => Buffer.concat(parts);

function lengthOf(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export const tlv = (tag: number, ...content: readonly Bytes[]): Buffer => {
  const value = concat(...content);
  return concat(Buffer.from([tag]), lengthOf(value.length), value);
};
export const sequence = (...content: readonly Bytes[]) => tlv(0x30, ...content);
export const set = (...content: readonly Bytes[]) => tlv(0x31, ...content);
/** DER SET OF: the elements sorted by their encodings (X.690 11.6). */
export const setOf = (items: readonly Buffer[]) => set(...[...items].sort(Buffer.compare));
/** A small non-negative INTEGER (a version number). */
export const smallInteger = (n: number) => tlv(0x02, Buffer.from([n]));
export const octetString = (bytes: Bytes) => tlv(0x04, bytes);
export const derNull = () => Buffer.from([0x05, 0x00]);
/** [n] constructed: EXPLICIT tagging, or IMPLICIT tagging of a constructed type. */
export const contextTag = (n: number, ...content: readonly Bytes[]) => tlv(0xa0 + n, ...content);

export function objectId(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const out = [40 * first + second];
  for (const arc of rest) {
    const base128 = [arc % 128];
    for (let x = Math.floor(arc / 128); x > 0; x = Math.floor(x / 128)) base128.unshift(0x80 | (x % 128));
    out.push(...base128);
  }
  return tlv(0x06, Buffer.from(out));
}

/** One TLV read from `buffer` at `at`: its tag, where its value starts and ends, and the whole encoding. */
export interface Node {
  tag: number;
  start: number;
  end: number;
  /** The whole TLV. */
  raw: Buffer;
  value: Buffer;
}

/** Reads the TLV at `at`; throws on a length running past the buffer, so a malformed upload is refused. */
export function readNode(buffer: Buffer, at = 0): Node {
  if (at + 2 > buffer.length) throw new RangeError('DER: truncated');
  const tag = buffer[at]!;
  let length = buffer[at + 1]!;
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new RangeError('DER: unsupported length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buffer[start + i]!;
    start += count;
  }
  const end = start + length;
  if (end > buffer.length) throw new RangeError('DER: length past the end');
  return { tag, start, end, raw: buffer.subarray(at, end), value: buffer.subarray(start, end) };
}

/** The elements of a constructed node. */
export function childrenOf(node: Node, buffer: Buffer): Node[] {
  const out: Node[] = [];
  for (let at = node.start; at < node.end;) {
    const child = readNode(buffer, at);
    out.push(child);
    at = child.end;
  }
  return out;
}
