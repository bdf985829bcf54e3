// The grid of exporter cards, labelled for assistive technology, with an empty state.
import type { ExporterSummary } from '@/lib/catalog/types';
import type { KeyboardEvent } from 'react';
import ExporterCard from './ExporterCard';
import { SEARCH_INPUT_ID } from '@/lib/client/shortcut';

type Props = {
  summaries: ExporterSummary[];
  label: string;
  emptyMessage: string;
  /** The search query whose matches are marked in each card. */
  query?: string;
};

export default function ResultList({ summaries, label, emptyMessage, query = '' }: Props) {
  if (summaries.length === 0) {
    return (
      <div role="status" className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-700 dark:border-stone-700 dark:text-stone-300">
        {emptyMessage}
      </div>
    );
  }
  // Arrow keys move between result links; Enter follows the focused link.
  function onKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('h3 a')];
    const i = links.findIndex((a) => a === document.activeElement);
    if (i < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowUp' && i === 0) document.getElementById(SEARCH_INPUT_ID)?.focus();
    else links[Math.min(links.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  }

  return (
    <ul aria-label={label} onKeyDown={onKeyDown} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {summaries.map((s) => (
        // Cards out of view skip layout and paint until scrolled to, which keeps each keystroke cheap.
        <li key={s.slug} className="[contain-intrinsic-size:auto_11rem] [content-visibility:auto]">
          <ExporterCard summary={s} query={query} />
        </li>
      ))}
    </ul>
  );
}
