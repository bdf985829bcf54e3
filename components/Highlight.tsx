// Text with the parts matching the search query marked.
import type { ReactNode } from 'react';
import { highlightRanges } from '@/lib/highlight';

type Props = {
  text: string;
  query: string;
};

export default function Highlight({ text, query }: Props) {
  const ranges = query ? highlightRanges(text, query) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="rounded-sm bg-amber-200 text-stone-950 dark:bg-amber-800 dark:text-white">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
