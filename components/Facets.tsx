// Filters and sort for the catalogue: category, origin, kind, "has rules/dashboards", sort order.
import { CATEGORY_IDS, CATEGORY_LABELS, isCategoryId } from '@/lib/categories';
import { KIND_VALUES, ORIGINS, type CatalogueQuery, type Origin } from '@/lib/catalogue-query';
import type { Kind } from '@/lib/catalog/types';

type Counts = {
  category: Record<string, number>;
  origin: Record<string, number>;
  kind: Record<string, number>;
};

type Props = {
  state: CatalogueQuery;
  /** Counts per value once the search data is loaded; null shows the options without numbers. */
  counts: Counts | null;
  onChange: (next: CatalogueQuery) => void;
};

const ORIGIN_LABELS: Record<Origin, string> = { official: 'Official (prometheus)', community: 'prometheus-community', 'third-party': 'Third party' };
const KIND_LABELS: Record<Kind, string> = { exporter: 'Exporters', native: 'Native metrics', 'client-library': 'Client libraries' };
const selectClass = 'w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900';

export default function Facets({ state, counts, onChange }: Props) {
  return (
    <div className="grid grid-cols-2 gap-3 text-sm md:grid-cols-5">
      <div className="col-span-2 md:col-span-1">
        <label htmlFor="facet-category" className="mb-1 block font-medium">Category</label>
        <select id="facet-category" className={selectClass} value={state.category ?? ''} onChange={(e) => onChange({ ...state, category: isCategoryId(e.target.value) ? e.target.value : null })}>
          <option value="">All categories</option>
          {CATEGORY_IDS.map((id) => (
            <option key={id} value={id}>
              {CATEGORY_LABELS[id]}{counts ? ` (${counts.category[id] ?? 0})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="facet-origin" className="mb-1 block font-medium">Maintained by</label>
        <select id="facet-origin" className={selectClass} value={state.origin ?? ''} onChange={(e) => onChange({ ...state, origin: ORIGINS.find((o) => o === e.target.value) ?? null })}>
          <option value="">Anyone</option>
          {ORIGINS.map((o) => (
            <option key={o} value={o}>
              {ORIGIN_LABELS[o]}{counts ? ` (${counts.origin[o] ?? 0})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="facet-kind" className="mb-1 block font-medium">Kind</label>
        <select
          id="facet-kind"
          className={selectClass}
          value={state.kind ?? ''}
          onChange={(e) => {
            const kind = KIND_VALUES.find((k) => k === e.target.value) ?? null;
            onChange({ ...state, kind });
          }}
        >
          <option value="">All kinds</option>
          {KIND_VALUES.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}{counts ? ` (${counts.kind[k] ?? 0})` : ''}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="flex flex-col justify-end gap-1">
        <legend className="sr-only">Content</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={state.rules} onChange={(e) => onChange({ ...state, rules: e.target.checked })} /> Has alert rules
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={state.dashboards} onChange={(e) => onChange({ ...state, dashboards: e.target.checked })} /> Has dashboards
        </label>
      </fieldset>
      <div>
        <label htmlFor="facet-sort" className="mb-1 block font-medium">Sort by</label>
        <select
          id="facet-sort"
          className={selectClass}
          value={state.sort}
          onChange={(e) => onChange({ ...state, sort: e.target.value === 'name' ? 'name' : e.target.value === 'rules' ? 'rules' : 'relevance' })}
        >
          <option value="relevance">Relevance</option>
          <option value="name">Name</option>
          <option value="rules">Most alert rules</option>
        </select>
      </div>
    </div>
  );
}
