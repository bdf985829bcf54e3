// When each entry was added and last changed, from git history at build time; falls back to the
// README's modification time when there is no history (a tarball, a shallow clone without it).
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

export interface EntryDates {
  published: string;
  updated: string;
}

/** `root` is the git checkout, `lists` the content folder (outside the checkout: file times only). */
export function entryDates(root: string, lists: string, slugs: string[]): Map<string, EntryDates> {
  const dates = new Map<string, EntryDates>();
  let log = '';
  try {
    if (path.resolve(lists) === path.resolve(root, 'lists')) {
      log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', 'lists'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    }
  } catch {
    log = '';
  }
  for (const block of log.split('\0').filter(Boolean)) {
    const [date, ...files] = block.trim().split('\n');
    for (const f of files) {
      const m = /^lists\/([^/]+)\/README\.md$/.exec(f.trim());
      if (!m) continue;
      const known = dates.get(m[1]);
      // git log lists newest first: the first date seen is the last change, the last one the addition.
      dates.set(m[1], { updated: known?.updated ?? date, published: date });
    }
  }
  for (const slug of slugs) {
    if (!dates.has(slug)) {
      const mtime = statSync(path.join(lists, slug, 'README.md')).mtime.toISOString();
      dates.set(slug, { published: mtime, updated: mtime });
    }
  }
  return dates;
}
