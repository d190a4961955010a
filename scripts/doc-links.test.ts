// Every link in the README, CONTRIBUTING.md, CHANGELOG.md and the docs to a file of the repository
// (relative, or by its URL on GitHub) leads to a file that exists, and to a heading of it when it
// names one.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFiles, ROOT } from './doc-snippets';

const withoutCode = (markdown: string) => markdown.replace(/^\s*```[^]*?^\s*```/gm, '');

/** The anchors GitHub gives a file's headings: lowercased, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const [, heading] of withoutCode(readFileSync(join(ROOT, file), 'utf8')).matchAll(/^#{1,6}\s+(.*)$/gm)) {
    const slug = heading.trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    out.add(count ? `${slug}-${count}` : slug);
    seen.set(slug, count + 1);
  }
  return out;
}

/** The repository's files on GitHub, as page links and as raw files (images). */
const REPOSITORY = /^https:\/\/(github\.com\/consentry\/consentry\/blob|raw\.githubusercontent\.com\/consentry\/consentry)\/main\//;

describe('documentation links', () => {
  it.each([...docFiles(), 'CHANGELOG.md'])('%s links only to files and headings that exist', (file) => {
    const broken: string[] = [];
    for (const [, link] of withoutCode(readFileSync(join(ROOT, file), 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)) {
      // The README links into the repository by absolute URL, for the registry's page: those must lead somewhere too.
      const target = link.replace(REPOSITORY, '/');
      if (/^(https?|mailto):/.test(target)) continue;
      const [path, hash] = target.split('#');
      const linked = path ? normalize(path.startsWith('/') ? path.slice(1) : join(dirname(file), path)) : file;
      if (!existsSync(join(ROOT, linked))) broken.push(`${target}: no such file`);
      else if (hash && linked.endsWith('.md') && !anchors(linked).has(hash)) broken.push(`${target}: no such heading`);
    }
    expect(broken).toEqual([]);
  });
});
