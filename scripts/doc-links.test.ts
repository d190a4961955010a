// Every relative link in the README, CONTRIBUTING.md, CHANGELOG.md and the docs leads to a file
// that exists, and to a heading of it when it names one.
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

describe('documentation links', () => {
  it.each([...docFiles(), 'CHANGELOG.md'])('%s links only to files and headings that exist', (file) => {
    const broken: string[] = [];
    for (const [, target] of withoutCode(readFileSync(join(ROOT, file), 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?|mailto):/.test(target)) continue;
      const [path, hash] = target.split('#');
      const linked = path ? normalize(join(dirname(file), path)) : file;
      if (!existsSync(join(ROOT, linked))) broken.push(`${target}: no such file`);
      else if (hash && linked.endsWith('.md') && !anchors(linked).has(hash)) broken.push(`${target}: no such heading`);
    }
    expect(broken).toEqual([]);
  });
});
