// Which parts of a result's name and description to mark for a search query: every occurrence of a
// query word, or for a misspelt word the longest prefix of it that does occur (postgress → postgres).

/** Sorted, non-overlapping [start, end) ranges of `text` to mark. */
export function highlightRanges(text: string, query: string): [number, number][] {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  const queryWords = query
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter((w) => w.length >= 2);
  for (const word of queryWords) {
    const minLength = Math.min(word.length, Math.max(3, word.length - 3));
    for (let len = word.length; len >= minLength; len--) {
      const part = word.slice(0, len);
      let from = lower.indexOf(part);
      if (from < 0) continue;
      while (from >= 0) {
        ranges.push([from, from + len]);
        from = lower.indexOf(part, from + len);
      }
      break;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
