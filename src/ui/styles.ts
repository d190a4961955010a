import { DEFAULT_COLORS } from './default-colors';

const scheme = (name: keyof typeof DEFAULT_COLORS) => {
  const c = DEFAULT_COLORS[name];
  return `--p:var(--consentry-primary,${c.primary});--o:var(--consentry-on-primary,${c.onPrimary});--b:var(--consentry-background,${c.background});--t:var(--consentry-text,${c.text});color-scheme:${name}`;
};
const DARK = scheme('dark');

/** The one stylesheet of the UI's shadow roots (banner, dialog, placeholders), adopted as a constructable sheet (no inline styles, for CSP). */
// `!important` in a shadow root wins over the page's `!important` (CSS Cascade 4, Context): no
// page rule can hide, move or restyle a host.
export const STYLES = `:host{all:initial!important;${scheme('light')};--r:var(--consentry-radius,8px)}
:host([data-scheme=dark]){${DARK}}
@media(prefers-color-scheme:dark){:host([data-scheme=auto]){${DARK}}}
*{box-sizing:border-box;margin:0}
:host(consentry-placeholder){display:inline-block!important;inline-size:var(--w)!important;block-size:var(--h)!important;max-inline-size:100%!important;vertical-align:top!important}
.ph{block-size:100%;min-block-size:8em;align-content:center;justify-items:center;text-align:center;border-style:dashed;box-shadow:none}
.box{font:medium/1.5 var(--consentry-font,system-ui,sans-serif);color:var(--t);background:var(--b);border:1px solid #8886;border-radius:var(--r);box-shadow:0 4px 24px #0004;padding:1.25em;display:grid;gap:.75em;text-align:start;overflow:auto;overflow-wrap:break-word}
.banner,.dialog{display:flex;flex-direction:column}
.banner>*,.dialog>*,.form>*{flex-shrink:0}
.banner,.reopen{position:fixed;z-index:2147483646;inset:auto 1em 1em;margin-inline:auto;max-inline-size:46em}
.banner{padding:.875em;gap:.75em;max-block-size:calc(100vh - 2em);max-block-size:min(calc(100svh - 2em),max(33svh,13em))}
:host([data-position=bottom-left]) .banner{margin:0 auto 0 0;max-inline-size:28em}
:host([data-position=bottom-right]) .banner{margin:0 0 0 auto;max-inline-size:28em}
:host([data-position=center]) .banner{inset:1em;margin:auto;block-size:fit-content}
.reopen{display:flex;align-items:center;gap:.75em;padding:.5em;margin:0;inset-inline-end:auto}
.backdrop{position:fixed;inset:0;z-index:2147483647;background:#000a;display:grid;place-items:center;padding:1em}
.dialog{inline-size:min(38em,100%);max-block-size:calc(100vh - 2em);max-block-size:calc(100svh - 2em);padding:0;gap:0}
.head{display:flex;align-items:start;gap:.75em}
.dialog .head{padding:1.25em 1.25em .75em}
h2{flex:1;min-inline-size:0;font-size:1.125em;line-height:1.3;hyphens:auto}
.banner .x{position:absolute;inset-block-start:.25em;inset-inline-end:.25em;margin:0}
.x+.text h2{padding-inline-end:2em}
.logo{max-block-size:2em;max-inline-size:40%}
.text,.body{flex-shrink:1;overflow:auto;display:grid;align-content:start;gap:.5em;padding:.375em;margin:-.375em}
.text{min-block-size:3em}
.form{display:flex;flex-direction:column;flex:auto;min-block-size:0}
.body{min-block-size:5em;padding-inline:1.25em;margin:0;gap:.75em}
.dialog .actions{padding:1em 1.25em 1.25em;border-block-start:1px solid #8886}
a{color:inherit}
.links{display:flex;flex-wrap:wrap;gap:0 1.25em}
.actions{display:grid;grid-auto-flow:column;grid-auto-columns:1fr;gap:.5em}
@media(max-width:40em){.backdrop{padding:.5em}.actions{grid-auto-flow:row}.banner .actions{grid-template-columns:1fr 1fr}.banner .btn:last-child:nth-child(odd){grid-column:span 2}.banner h2{font-size:1em}.banner .btn{font-size:.9375em}}
.row{display:flex;flex-wrap:wrap;gap:.5em}
.btn{flex:1 1 9em;min-block-size:2.75em;padding:.375em .5em;font:inherit;font-weight:600;line-height:1.25;text-align:center;text-decoration:none;color:var(--o);background:var(--p);border:2px solid var(--p);border-radius:var(--r);cursor:pointer;hyphens:auto}
.btn:hover{text-decoration:underline}
.reopen .btn{flex:none;min-block-size:2.5em;padding-inline:1em}
.x{flex:none;inline-size:1.75em;block-size:1.75em;margin:-.375em;font:inherit;font-size:1.5em;line-height:1;color:inherit;background:none;border:0;border-radius:var(--r);cursor:pointer}
.gpc{font-weight:600}
.cat{display:grid;grid-template-columns:1fr auto;align-items:center;gap:.25em .75em;padding-block-start:.75em;border-block-start:1px solid #8886}
.cat>.sw{grid-column:2;grid-row:1}
.cat>:nth-child(n+3){grid-column:1/-1}
label{font-weight:600}
.desc{font-size:.9em}
.conflict{display:grid;gap:.5em}
.sw{appearance:none;font:inherit;inline-size:2.75em;block-size:1.625em;padding:.1875em;border:0;border-radius:1em;background:var(--t);background:color-mix(in srgb,var(--t) 80%,var(--b));cursor:pointer}
.sw::before{content:"";display:block;inline-size:1.25em;block-size:1.25em;border-radius:50%;background:var(--b);transition:margin .15s}
.sw:checked{background:var(--p)}
.sw:checked::before{margin-inline-start:1.125em;background:var(--o)}
.sw:disabled{opacity:.6;cursor:not-allowed}
:focus-visible{outline:3px solid var(--t);outline-offset:2px}
[tabindex="-1"]:focus{outline:0}
@media(prefers-reduced-motion:reduce){*,::before{transition:none!important;animation:none!important}}`;
