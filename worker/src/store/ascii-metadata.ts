// KV metadata travels in an HTTP header inside workerd, which warns on non-ASCII; Chinese text is
// therefore stored as base64 of its UTF-8 JSON (4 bytes per CJK character instead of 3).

/** Metadata as KV stores it: `{ b64 }`, ASCII only. */
export interface AsciiMetadata {
  b64: string;
}

export function toAsciiMetadata(value: unknown): AsciiMetadata {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { b64: btoa(binary) };
}

/** The value stored by toAsciiMetadata, or undefined for anything else. */
export function fromAsciiMetadata(metadata: unknown): unknown {
  if (metadata === null || typeof metadata !== 'object' || typeof (metadata as AsciiMetadata).b64 !== 'string')
    return undefined;
  const binary = atob((metadata as AsciiMetadata).b64);
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0))));
}

/** Serialized size as KV counts it against its 1,024-byte metadata limit. */
export const metadataBytes = (metadata: AsciiMetadata) => JSON.stringify(metadata).length;
