// The captured metric inventory of an exporter, with a filter box (the full list renders without JS).
import { useState } from 'react';
import type { MetricInventory as Inventory } from '@/lib/verify/inventory';

type Props = {
  inventory: Inventory;
};

export default function MetricInventory({ inventory }: Props) {
  const [filter, setFilter] = useState('');
  const q = filter.trim().toLowerCase();
  const shown = q ? inventory.families.filter((f) => f.name.includes(q) || f.help.toLowerCase().includes(q)) : inventory.families;
  return (
    <div className="flex flex-col gap-3">
      <label htmlFor="metric-filter" className="text-sm font-medium">
        Filter metrics
      </label>
      <input
        id="metric-filter"
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        className="w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
      />
      <p role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {shown.length} of {inventory.families.length} metric families
      </p>
      <ul aria-label="Metric families" className="flex flex-col divide-y divide-stone-200 dark:divide-stone-800">
        {shown.map((f) => (
          <li key={f.name} className="flex flex-col gap-0.5 py-2">
            <span className="flex flex-wrap items-baseline gap-2">
              <code className="break-all font-semibold">{f.name}</code>
              <span className="text-xs text-stone-600 dark:text-stone-400">{f.type}</span>
            </span>
            {f.help && <span className="text-sm text-stone-700 dark:text-stone-300">{f.help}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
