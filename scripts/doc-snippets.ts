// Every fenced code block of README.md, CONTRIBUTING.md and docs/**/*.md, and what the doc tests
// do with it: scripts/doc-snippets.test.ts checks configs, JSON, nginx and shell blocks, and
// scripts/doc-code.test.ts TypeScript and JavaScript ones, in Node; e2e/docs-snippets.spec.ts
// loads HTML, CSS and HTTP blocks, and the blocks marked `run=browser`, in Chromium. A block that neither exercises is marked
// `<!-- not-code: why -->` on the line before its fence (an output sample, a template), or the
// tests fail.
//
// Marks, on the line right before a fence:
//   <!-- not-code: console output -->      not code: a sample of output, shown as is
//   <!-- snippet: json=record -->          JSON of a documented shape (see JSON_SHAPES), not a config
//   <!-- snippet: run=node -->             also run in Node (servers are asked over HTTP)
//   <!-- snippet: run=browser held=URL -->  also bundled and run in Chromium; URL (a prefix, several
//                                           joined by commas) must wait for consent
//   <!-- snippet: file=consent.ts -->      its file name, for blocks that import each other (a first
//                                           line `// consent.ts` names it too)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the doc tests do with a block. */
export type SnippetKind =
  | 'config' // a Consentry config (JSON), validated as the loader validates it
  | 'json' // JSON of a documented shape (`json=` mark)
  | 'html' // loaded in Chromium around the built consentry.js
  | 'css' // applied to a page with the UI in Chromium
  | 'http' // response headers a page is served with in Chromium
  | 'nginx' // a location block: its path, content type and body
  | 'code' // TypeScript or JavaScript, type-checked against the package's types
  | 'shell' // each command is an npm script, a package bin, a file or a known tool
  | 'not-code' // marked: an output sample or a diagram
  | 'unmarked'; // none of these: a failure

export interface SnippetMarks {
  notCode?: string;
  json?: string;
  run?: 'node' | 'browser';
  held?: string[];
  file?: string;
}

export interface Snippet {
  /** `README.md:46`: where its opening fence is. */
  id: string;
  file: string;
  line: number;
  lang: string;
  code: string;
  /** The heading it sits under. */
  heading: string;
  marks: SnippetMarks;
  kind: SnippetKind;
  /** For an HTML fragment: the config block just before it in the same section, as a page would use it. */
  config?: Record<string, unknown>;
}

const LANG_KINDS: Record<string, SnippetKind> = {
  json: 'config',
  html: 'html',
  css: 'css',
  http: 'http',
  ts: 'code',
  tsx: 'code',
  js: 'code',
  jsx: 'code',
  nginx: 'nginx',
  sh: 'shell',
  bash: 'shell',
  shell: 'shell',
};

/** The documentation files: README.md, CONTRIBUTING.md and every Markdown file under docs/. */
export function docFiles(root = ROOT): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
    );
  return ['README.md', 'CONTRIBUTING.md', ...walk('docs').sort()];
}

function parseMarks(comment: string | undefined): SnippetMarks {
  const inner = comment?.trim().match(/^<!--\s*(.*?)\s*-->$/)?.[1];
  if (!inner) return {};
  const notCode = inner.match(/^not-code(?::\s*(.*))?$/);
  if (notCode) return { notCode: notCode[1] || 'not code' };
  const body = inner.match(/^snippet:\s*(.*)$/)?.[1];
  if (body === undefined) return {};
  const marks: SnippetMarks = {};
  for (const pair of body.split(/\s+/).filter(Boolean)) {
    const [key, value = ''] = pair.split('=');
    if (key === 'json' || key === 'file') marks[key] = value;
    else if (key === 'run' && (value === 'node' || value === 'browser')) marks.run = value;
    else if (key === 'held') marks.held = value.split(',');
    else throw new Error(`unknown snippet mark "${pair}" in ${comment}`);
  }
  return marks;
}

/** A JSON fragment such as `"theme": { … }` is read as the object `{ "theme": { … } }` it belongs in. */
export function parseJson(code: string): unknown {
  const text = code.trim();
  return JSON.parse(/^"[^"]+"\s*:/.test(text) ? `{${text}}` : text);
}

/** The fenced blocks of one Markdown file. */
export function extractSnippets(markdown: string, file: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^(\s*)(`{3,})\s*([\w-]*)/);
    if (!open) {
      const title = lines[i].match(/^#{1,6}\s+(.*)$/);
      if (title) heading = title[1];
      continue;
    }
    const [, indent, fence, lang] = open;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !new RegExp(`^\\s*${fence}\\s*$`).test(lines[i]); i++) {
      body.push(lines[i].startsWith(indent) ? lines[i].slice(indent.length) : lines[i].trimStart());
    }
    if (i >= lines.length) throw new Error(`${file}:${start + 1}: unclosed code fence`);
    const marks = parseMarks(lines[start - 1]);
    const code = body.join('\n');
    const named = code.match(/^\/\/ ([\w./-]+\.(ts|tsx|js))\s*$/m);
    if (!marks.file && named && code.startsWith(named[0])) marks.file = named[1];
    const kind: SnippetKind = marks.notCode ? 'not-code' : marks.json && lang === 'json' ? 'json' : (LANG_KINDS[lang] ?? 'unmarked');
    snippets.push({ id: `${file}:${start + 1}`, file, line: start + 1, lang, code, heading, marks, kind });
  }
  // An HTML fragment goes into a page after the config that precedes it in its section.
  let config: Snippet | undefined;
  for (const snippet of snippets) {
    if (snippet.kind === 'config') config = snippet;
    else if (snippet.kind === 'html' && config?.heading === snippet.heading) {
      snippet.config = parseJson(config.code) as Record<string, unknown>;
    }
  }
  return snippets;
}

/** Every block of every documentation file. */
export function allSnippets(root = ROOT): Snippet[] {
  return docFiles(root).flatMap((file) => extractSnippets(readFileSync(join(root, file), 'utf8'), file));
}

/**
 * Names the snippets use for the reader's own code (`startAnalytics()`) or for what their context
 * provides (`request` in a server handler). The type check declares them; the browser pages
 * define the functions, each recording its calls in `window.__placeholderCalls`.
 */
export const PLACEHOLDER_DECLARATIONS = `
/** The reader's analytics start, called once analytics is allowed. */
declare function startAnalytics(): void;
declare function startMyAnalytics(): void;
/** A headless banner of the reader's own. */
declare function renderMyBanner(view: import('consentry').ConsentView, state: import('consentry').ConsentState): void;
/** Server side: the reader's template code and the request at hand. */
declare function includeAnalyticsTag(): void;
declare function render(data: object): string;
declare const request: Request;
declare const cookieHeader: string | null;
declare const hostname: string;
declare const headers: Headers;
/** A router with an after-navigation hook (Vue Router's shape). */
declare const router: { afterEach(hook: (to: { fullPath: string }) => void): void };
/** The script tag's instance, as page code after the loader sees it. */
declare var Consentry: import('consentry').Consent;
/** Vendors' globals, as their snippets define them. */
declare var fbq: (((...args: unknown[]) => void) & { queue?: unknown[] }) | undefined;
/** The IAB GPP API; what a command answers depends on the command. */
declare function __gpp(command: string, callback: (value: any, success: boolean) => void, parameter?: unknown): void;
interface Window {
  Intercom?: (...args: unknown[]) => void;
}
/** The events the script tag dispatches on document (docs/script-tag.md, Events). */
interface DocumentEventMap {
  'consentry:ready': CustomEvent<import('consentry').ConsentState>;
  'consentry:change': CustomEvent<import('consentry').ConsentState>;
  'consentry:optout': CustomEvent<import('consentry').OptOutDetail>;
}
/** A component of the reader's app. */
declare const ChatWidget: import('preact').FunctionComponent;
declare namespace React {
  type ReactNode = import('preact').ComponentChildren;
}
`;

/**
 * The placeholders for "start it, now that it is allowed" that blocks run in Chromium call. The pages
 * define them; the browser tests expect a block's to be called once after *Accept all*, and once
 * again on reload.
 */
export const BROWSER_PLACEHOLDERS = ['startAnalytics', 'startMyAnalytics'] as const;

/**
 * Third-party modules that snippets import, declared with the few members they use: the type check
 * is about Consentry's API, which comes from src/ itself.
 */
export const MODULE_STUBS = `
declare module 'express' {
  import type { IncomingHttpHeaders } from 'node:http';
  export interface Request { headers: IncomingHttpHeaders; hostname: string }
  export interface Response {
    vary(field: string): Response;
    render(view: string, locals?: object): void;
    json(body: unknown): Response;
  }
  export type Handler = (req: Request, res: Response, next: () => void) => void;
  export interface Express {
    get(path: string, handler: (req: Request, res: Response) => void): Express;
    use(handler: Handler): Express;
  }
  interface ExpressFactory {
    (): Express;
    static(root: string, options?: { dotfiles?: 'allow' | 'deny' | 'ignore' }): Handler;
  }
  const express: ExpressFactory;
  export default express;
}
declare module 'react' {
  export function useEffect(effect: () => void | (() => void), deps?: unknown[]): void;
}
declare module 'next/server' {
  export interface NextRequest extends Request { nextUrl: URL }
  export const NextResponse: { next(init?: { request?: { headers?: Headers } }): Response };
}
declare module 'next/headers' {
  export function headers(): Promise<Headers>;
}
declare module '@nanostores/react' {
  import type { ReadableAtom } from 'nanostores';
  export function useStore<T>(store: ReadableAtom<T>): T;
}
`;

/** The browser side of the placeholders: each records its calls. */
export const BROWSER_PRELUDE = BROWSER_PLACEHOLDERS
  .map((name) => `function ${name}() { (window.__placeholderCalls = window.__placeholderCalls || []).push(${JSON.stringify(name)}); }`)
  .join('\n');

/** URLs (or URL prefixes) written in a piece of code: attribute values and string literals. */
export function urlsIn(code: string): string[] {
  return [...code.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}(?:\/[^\s'"`<>)]*)?/gi)].map((match) => match[0]);
}
