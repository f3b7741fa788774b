// SHA-256 of a text as UTF-8, hex: the same definition of sourceSha256 the build step uses
// (src/build/report-file.ts), through Web Crypto so it runs in the page, a worker and Node.
export async function sha256HexOfText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
