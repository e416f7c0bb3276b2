// SHA-256 as lowercase hex, with Web Crypto (workerd, browsers and Node 20 alike).

/**
 * Hex SHA-256 of a string's UTF-8 bytes (64 characters).
 * @example await sha256Hex('abc') // 'ba7816bf…'
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
