/** One of the script tag's own files, fetched from the loader's folder. */
export interface ScriptFile {
  /** Absolute URL. */
  url: string;
  /** The file's Subresource Integrity (`sha384-…` in the loader, `sha256-…` for languages in the UI file), written in by the build. */
  integrity: string;
  /** The loader's nonce, so a nonce-based Content-Security-Policy admits the file too. */
  nonce: string;
}

/**
 * Fetches one of the script tag's own files (the UI, a language, an add-on) with a `<script>`,
 * which `script-src 'self'` admits, pinned by its `integrity`: a page that pins the loader with
 * Subresource Integrity pins what it fetches. It is fetched with CORS (`crossorigin`), as
 * integrity checks from another origin require. Resolves with what the file registered under
 * `Symbol.for(key)`; rejects, saying why, when it cannot load.
 */
export function loadScriptFile<T>(key: string, file: ScriptFile, doc: Document = document): Promise<T> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = file.url;
    script.integrity = file.integrity;
    script.nonce = file.nonce;
    // Integrity needs a CORS response from another origin, and a sandboxed frame's opaque origin
    // is another origin even for its own server; same-origin requests are unchanged by it.
    script.crossOrigin = 'anonymous';
    script.onload = () => {
      const exported = (doc.defaultView as unknown as Record<symbol, T | undefined>)[Symbol.for(key)];
      if (exported) resolve(exported);
      else reject(new Error(`${file.url} registered nothing`));
    };
    script.onerror = () =>
      reject(new Error(`could not load ${file.url} (network error, Content-Security-Policy or a failed integrity check)`));
    doc.head.append(script);
  });
}

/** Fetches a file from the folder of `script`, one of the script tag's own files, with its nonce (docs/script-tag.md). */
export function loadSiblingFile<T>(script: HTMLScriptElement | null, name: string, key: string, integrity: string): Promise<T> {
  if (!script?.src) return Promise.reject(new Error(`the folder of ${name} is unknown: load consentry.js with <script src>`));
  return loadScriptFile<T>(key, { url: new URL(name, script.src).href, integrity, nonce: script.nonce ?? '' });
}
