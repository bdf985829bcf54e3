// The metric inventory of an exporter (live or from source). The full list is static HTML; the site's browser
// script (lib/client/list-filter.ts) makes the filter box hide the families that do not match.
import type { MetricInventory as Inventory } from '@/lib/verify/inventory';

type Props = {
  inventory: Inventory;
};

export default function MetricInventory({ inventory }: Props) {
  const total = inventory.families.length;
  return (
    <div className="flex flex-col gap-3">
      <label htmlFor="metric-filter" className="js-only text-sm font-medium">
        Filter metrics
      </label>
      <input
        id="metric-filter"
        type="search"
        data-filter-list="metric-families"
        data-filter-status="metric-count"
        data-filter-noun="metric families"
        autoComplete="off"
        spellCheck={false}
        className="js-only w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
      />
      <p id="metric-count" role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {total} of {total} metric families
      </p>
      <ul id="metric-families" aria-label="Metric families" className="flex flex-col divide-y divide-stone-200 dark:divide-stone-800">
        {inventory.families.map((f) => (
          <li key={f.name} className="flex flex-col gap-0.5 py-2">
            <span className="flex flex-wrap items-baseline gap-2">
              <code className="break-all font-semibold">{f.name}</code>
              <span className="text-xs text-stone-600 dark:text-stone-400">{f.type}</span>
            </span>
            {f.help && <span className="text-sm text-stone-700 dark:text-stone-300">{f.help}</span>}
            {f.labels && f.labels.length > 0 && <span className="text-xs text-stone-600 dark:text-stone-400">labels: {f.labels.join(', ')}</span>}
            {f.condition && <span className="text-sm text-amber-900 dark:text-amber-200">Only when: {f.condition}</span>}
          </li>
        ))}
      </ul>
      {inventory.method === 'live' && Object.keys(inventory.conditional).length > 0 && (
        <section aria-labelledby="conditional-metrics" className="flex flex-col gap-2">
          <h2 id="conditional-metrics" className="text-xl font-semibold">
            Used by rules, not present in this setup
          </h2>
          <ul className="flex flex-col divide-y divide-stone-200 dark:divide-stone-800">
            {Object.entries(inventory.conditional).map(([name, condition]) => (
              <li key={name} className="flex flex-col gap-0.5 py-2">
                <code className="break-all font-semibold">{name}</code>
                <span className="text-sm text-amber-900 dark:text-amber-200">Only when: {condition}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
