/**
 * Replaces every occurrence of a token in a byte stream by another of the same length, chunk by
 * chunk (docs/decisions/0015-security-headers.md: the CSP placeholder Next renders into its own
 * script tags becomes each response's nonce). Equal lengths keep Content-Length valid. Only the
 * end of a chunk that could be the start of the token is held back until the next chunk, so a
 * streamed page is not delayed (a random token rarely matches a chunk's tail by chance).
 */
export type TokenReplacer = {
  /** The bytes of `chunk` that can be sent now, tokens replaced. */
  push(chunk: Buffer): Buffer;
  /** What was held back (the stream ended, or the writer asked for a flush). */
  flush(): Buffer;
};

export function createTokenReplacer(token: Buffer, replacement: Buffer): TokenReplacer {
  if (token.length === 0 || token.length !== replacement.length) throw new Error("The token and its replacement must be non-empty and of equal length.");
  let held: Buffer = Buffer.alloc(0);
  return {
    push(chunk) {
      // Never written into: the chunk may be Next's cached page, shared by every response.
      let data = held.length ? Buffer.concat([held, chunk]) : chunk;
      let isCopy = held.length > 0;
      held = Buffer.alloc(0);
      let at = data.indexOf(token);
      while (at >= 0) {
        if (!isCopy) {
          data = Buffer.from(data);
          isCopy = true;
        }
        replacement.copy(data, at);
        at = data.indexOf(token, at + token.length);
      }
      const keep = heldTail(data, token);
      if (keep === 0) return data;
      held = Buffer.from(data.subarray(data.length - keep));
      return data.subarray(0, data.length - keep);
    },
    flush() {
      const rest = held;
      held = Buffer.alloc(0);
      return rest;
    },
  };
}

/** The length of the longest end of `data` that is a proper beginning of `token`. */
function heldTail(data: Buffer, token: Buffer): number {
  for (let n = Math.min(token.length - 1, data.length); n > 0; n--) {
    if (data.compare(token, 0, n, data.length - n, data.length) === 0) return n;
  }
  return 0;
}
