const DARK =
  '--p:var(--consentry-primary,#9cb8ff);--o:var(--consentry-on-primary,#000);--b:var(--consentry-background,#1c1e24);--t:var(--consentry-text,#eceef3);color-scheme:dark';

/** The one stylesheet of the UI's shadow roots (banner, dialog, placeholders), adopted as a constructable sheet (no inline styles, for CSP). */
export const STYLES = `:host{all:initial;--p:var(--consentry-primary,#1f4fd1);--o:var(--consentry-on-primary,#fff);--b:var(--consentry-background,#fff);--t:var(--consentry-text,#1c1e24);--r:var(--consentry-radius,8px);color-scheme:light}
:host([data-scheme=dark]){${DARK}}
@media(prefers-color-scheme:dark){:host([data-scheme=auto]){${DARK}}}
*{box-sizing:border-box;margin:0}
:host(consentry-placeholder){display:inline-block;max-inline-size:100%;vertical-align:top}
.ph{block-size:100%;min-block-size:8em;align-content:center;justify-items:center;text-align:center;border-style:dashed;box-shadow:none}
.box{font:medium/1.5 var(--consentry-font,system-ui,sans-serif);color:var(--t);background:var(--b);border:1px solid #8886;border-radius:var(--r);box-shadow:0 4px 24px #0004;padding:1.25em;display:grid;gap:.75em;text-align:start;overflow:auto}
.banner,.reopen{position:fixed;z-index:2147483646;inset:auto 1em 1em;margin-inline:auto;max-inline-size:46em;max-block-size:calc(100vh - 2em)}
:host([data-position=bottom-left]) .banner{margin-inline:0 auto;max-inline-size:28em}
:host([data-position=bottom-right]) .banner{margin-inline:auto 0;max-inline-size:28em}
:host([data-position=center]) .banner{inset:1em;margin:auto;block-size:fit-content}
.reopen{display:flex;align-items:center;gap:.75em;padding:.5em;margin:0;inset-inline-end:auto}
.backdrop{position:fixed;inset:0;z-index:2147483647;background:#000a;display:grid;place-items:center;padding:1em}
.dialog{position:relative;inline-size:min(38em,100%);max-block-size:100%}
h2{font-size:1.2em;line-height:1.3;padding-inline-end:2em}
.logo{max-block-size:2.5em;justify-self:start}
a{color:inherit}
.links{display:flex;flex-wrap:wrap;gap:.5em 1.25em;margin-top:.75em}
.row{display:flex;flex-wrap:wrap;gap:.5em}
.btn{flex:1 1 9em;min-block-size:2.75em;padding:.5em 1em;font:inherit;font-weight:600;text-align:center;text-decoration:none;color:var(--o);background:var(--p);border:2px solid var(--p);border-radius:var(--r);cursor:pointer}
.btn:hover{text-decoration:underline}
.reopen .btn{flex:none;min-block-size:2.5em}
.x{position:absolute;inset-block-start:.5em;inset-inline-end:.5em;inline-size:1.75em;block-size:1.75em;font:inherit;font-size:1.5em;line-height:1;color:inherit;background:none;border:0;border-radius:var(--r);cursor:pointer}
.gpc{font-weight:600}
.cat{display:grid;grid-template-columns:auto 1fr;align-items:center;gap:.25em .75em;padding-block:.75em;border-block-start:1px solid #8886}
.cat>:nth-child(n+3){grid-column:2}
label{font-weight:600}
.desc{font-size:.9em}
.conflict{display:grid;gap:.5em}
.sw{appearance:none;inline-size:2.75em;block-size:1.5em;border:2px solid;border-radius:1em;color:inherit;background:none;cursor:pointer}
.sw::before{content:"";display:block;inline-size:1em;block-size:1em;margin:.125em;border-radius:50%;background:currentColor;transition:margin .15s}
.sw:checked{background:var(--p);border-color:var(--p)}
.sw:checked::before{margin-inline-start:1.375em;background:var(--o)}
.sw:disabled{opacity:.6;cursor:not-allowed}
:focus-visible{outline:3px solid var(--t);outline-offset:2px}
[tabindex="-1"]:focus{outline:0}
@media(prefers-reduced-motion:reduce){*,::before{transition:none!important;animation:none!important}}`;
