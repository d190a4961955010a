/** How long a fetched config may take before the defaults apply (ms): a config server that hangs must not hold the page's trackers, nor its banner, for long. */
export const CONFIG_TIMEOUT = 5000;
/** A config larger than this is refused: parsing it would stall the page it protects. */
const MAX_CONFIG_LENGTH = 1 << 20;

/**
 * Fetches the JSON config of `data-config` (docs/script-tag.md, Where the config comes from).
 * Rejects, saying why, on a network error, an error status, no answer within `timeout`, a body
 * over 1 MiB or one that is not JSON.
 */
export function fetchConfig(url: string, timeout = CONFIG_TIMEOUT): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no answer within ${timeout / 1000} s`)), timeout);
  return fetch(url, { credentials: 'same-origin', signal: controller.signal })
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then((text) => {
      if (text.length > MAX_CONFIG_LENGTH) throw new Error('larger than 1 MiB');
      return JSON.parse(text);
    })
    .finally(() => clearTimeout(timer));
}
