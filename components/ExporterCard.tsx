// One result in a list: name, one-line description, category, badges, port and counts.
import { withBase } from '@/lib/site';
import { categoryLabel } from '@/lib/categories';
import type { ExporterSummary } from '@/lib/catalog/types';
import Highlight from './Highlight';
import OriginBadge from './OriginBadge';
import StatusBadge from './StatusBadge';

type Props = {
  summary: ExporterSummary;
  /** The search query whose matches are marked; empty for none. */
  query?: string;
};

export default function ExporterCard({ summary, query = '' }: Props) {
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-base font-semibold">
          <a href={withBase(`/exporters/${summary.slug}/`)} className="text-stone-900 hover:text-orange-700 hover:underline dark:text-stone-50 dark:hover:text-orange-300">
            <Highlight text={summary.name} query={query} />
          </a>
        </h3>
        <OriginBadge official={summary.official} community={summary.community} />
        <StatusBadge status={summary.status} />
      </div>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        <Highlight text={summary.description} query={query} />
      </p>
      <dl className="mt-auto flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600 dark:text-stone-400">
        <div>
          <dt className="sr-only">Category</dt>
          <dd>{categoryLabel(summary.category)}</dd>
        </div>
        {summary.port !== null && (
          <div className="flex gap-1">
            <dt>Port</dt>
            <dd>{summary.port}</dd>
          </div>
        )}
        <div className="flex gap-1">
          <dt>Alert rules</dt>
          <dd>{summary.ruleCount}</dd>
        </div>
        <div className="flex gap-1">
          <dt>Dashboards</dt>
          <dd>{summary.dashboardCount}</dd>
        </div>
      </dl>
    </article>
  );
}
