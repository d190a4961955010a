// Makes the declarations that `tsc -p tsconfig.build.json` wrote to dist/types resolve under
// every `moduleResolution`. The source imports its modules without extensions (Rollup bundles
// it), so tsc writes `from './types'`, which node16 and nodenext refuse (TS2834): each relative
// specifier gets its file's `.js`. A CommonJS app resolves the `require` condition, whose types
// must be CommonJS too (else TS1479): each `.d.ts` gets a `.d.cts` twin importing `.cjs`. There,
// a type import from a package that ships only ES modules (nanostores) says so with
// `resolution-mode`, which node16 requires of a CommonJS file (TS1541).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const TYPES = 'dist/types';
const IMPORT_MODE = "'resolution-mode': 'import'";

/** `specifier` with the extension of the file it names: `./types` → `./types.js`, a folder → `./ui/index.js`. */
function withExtension(file, specifier, extension) {
  const base = join(dirname(file), specifier);
  // A file wins over a folder of the same name, as in the bundler resolution the source uses.
  if (existsSync(`${base}.d.ts`)) return `${specifier}${extension}`;
  if (existsSync(join(base, 'index.d.ts'))) return `${specifier}/index${extension}`;
  throw new Error(`${file}: no declaration file for "${specifier}"`);
}

/** True when the package `specifier` names ships ES modules only, its types included. */
function isModulePackage(specifier) {
  const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  return JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')).type === 'module';
}

/**
 * The statement `line` (its text up to the specifier's closing quote) as a type import of an ES
 * module from a CommonJS declaration file: `import("x", { with: … })` or `import type … with …`.
 */
function importedAsModule(file, line) {
  if (line.endsWith("import('") || line.endsWith('import("')) return { line, after: `, { with: { ${IMPORT_MODE} } }` };
  // tsc keeps `import { type A }` from `import { a, type A }`; a declaration file imports types
  // only, and node16 takes `resolution-mode` on `import type` alone.
  const allTypes = /^import \{((?:\s*type \w+(?: as \w+)?,?)+)\s*\} from (['"])$/.exec(line);
  if (allTypes) line = `import type {${allTypes[1].replace(/\btype /g, '')} } from ${allTypes[2]}`;
  if (/^(import|export) type \{[^}]*\} from ['"]$/.test(line)) return { line, after: ` with { ${IMPORT_MODE} }` };
  throw new Error(`${file}: cannot mark this import of an ES module package for CommonJS: ${line}`);
}

/** `text` with its module specifiers (imports, re-exports, `import()` types) fit for `.d.ts` or `.d.cts`. */
function rewrite(file, text, format) {
  const specifiers = ts.preProcessFile(text, true, true).importedFiles.sort((a, b) => a.pos - b.pos);
  let out = '';
  let at = 0;
  for (const { fileName, pos } of specifiers) {
    // `pos` is where the specifier's string literal starts: its quote.
    const start = text.indexOf(fileName, pos);
    const end = start + fileName.length + 1;
    if (fileName.startsWith('.')) {
      out += text.slice(at, start) + withExtension(file, fileName, format === 'cjs' ? '.cjs' : '.js');
      at = start + fileName.length;
    } else if (format === 'cjs' && isModulePackage(fileName)) {
      const lineStart = Math.max(text.lastIndexOf('\n', start), at - 1) + 1;
      const { line, after } = importedAsModule(file, text.slice(lineStart, start));
      out += text.slice(at, lineStart) + line + text.slice(start, end) + after;
      at = end;
    }
  }
  return out + text.slice(at);
}

const files = readdirSync(TYPES, { recursive: true })
  .filter((name) => name.endsWith('.d.ts'))
  .map((name) => join(TYPES, name));
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, rewrite(file, text, 'esm'));
  writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), rewrite(file, text, 'cjs'));
}
console.log(`${TYPES}: ${files.length} declaration files for import (.d.ts) and require (.d.cts)`);
