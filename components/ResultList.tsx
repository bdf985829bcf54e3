// The grid of exporter cards, labelled for assistive technology, with an empty state.
import type { ExporterSummary } from '@/lib/catalog/types';
import ExporterCard from './ExporterCard';

type Props = {
  summaries: ExporterSummary[];
  label: string;
  emptyMessage: string;
};

export default function ResultList({ summaries, label, emptyMessage }: Props) {
  if (summaries.length === 0) {
    return (
      <div role="status" className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-700 dark:border-stone-700 dark:text-stone-300">
        {emptyMessage}
      </div>
    );
  }
  return (
    <ul aria-label={label} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {summaries.map((s) => (
        <li key={s.slug}>
          <ExporterCard summary={s} />
        </li>
      ))}
    </ul>
  );
}
