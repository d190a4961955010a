// Compressed sizes of response bodies: gzip at level 9 and brotli at quality 11, what a server
// that precompresses its static files would send. Cached by content, since every round loads the
// same files and brotli at quality 11 is slow enough to steal CPU from the browser being measured.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const cache = new Map();

/** { bytes, gzip, br } of one body (a Buffer). */
export function compressedSizes(body) {
  const key = createHash('sha256').update(body).digest('hex');
  let sizes = cache.get(key);
  if (!sizes) {
    sizes = {
      bytes: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      br: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length,
    };
    cache.set(key, sizes);
  }
  return sizes;
}
