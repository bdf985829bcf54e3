// The searchable catalogue: search box, facets and results, with the state kept in the URL so a
// search can be shared and the back button steps through it.
import { useRouter } from 'next/router';
import { useEffect, useMemo, useState } from 'react';
import { CATEGORY_LABELS } from '@/lib/categories';
import type { ExporterSummary } from '@/lib/catalog/types';
import { EMPTY_QUERY, matchesFacets, originOf, parseQuery, results, searchMatches, toUrlQuery, type CatalogueQuery } from '@/lib/catalogue-query';
import { createSearch } from '@/lib/search';
import { loadMetricIndex, metricOwners, type MetricIndex } from '@/lib/metric-search';
import Facets from './Facets';
import ResultList from './ResultList';
import SearchBox from './SearchBox';

type Props = {
  summaries: ExporterSummary[];
};

function count<T extends string>(items: ExporterSummary[], key: (s: ExporterSummary) => T): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of items) out[key(s)] = (out[key(s)] ?? 0) + 1;
  return out;
}

export default function Catalogue({ summaries }: Props) {
  const router = useRouter();
  const urlState = router.isReady ? parseQuery(router.query) : EMPTY_QUERY;
  // The text lives in local state so no keystroke waits for the router; the URL follows it.
  const [q, setQ] = useState('');
  const ready = router.isReady;
  const initialQ = urlState.q;
  useEffect(() => {
    if (ready) setQ(initialQ);
    // Only when the router becomes ready: later URL changes come from this component or from popstate.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);
  useEffect(() => {
    const onPop = () => setQ(new URLSearchParams(window.location.search).get('q') ?? '');
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const state: CatalogueQuery = { ...urlState, q };
  const search = useMemo(() => createSearch(summaries), [summaries]);
  // The metric-name index is fetched on first use of the search box, not with the page.
  const [metricIndex, setMetricIndex] = useState<MetricIndex | null>(null);
  const [indexRequested, setIndexRequested] = useState(false);
  useEffect(() => {
    if (!indexRequested && !q) return;
    if (metricIndex !== null) return;
    let cancelled = false;
    loadMetricIndex()
      .then((index) => !cancelled && setMetricIndex(index))
      .catch(() => !cancelled && setMetricIndex([]));
    return () => {
      cancelled = true;
    };
  }, [indexRequested, q, metricIndex]);
  const metricHits = useMemo(() => (metricIndex ? metricOwners(metricIndex, q) : []), [metricIndex, q]);
  const matched = useMemo(() => searchMatches(summaries, state.q, search, metricHits), [summaries, state.q, search, metricHits]);
  const shown = results(matched, state);
  const counts = {
    category: count(matched.filter((s) => matchesFacets(s, state, 'category')), (s) => s.category),
    origin: count(matched.filter((s) => matchesFacets(s, state, 'origin')), originOf),
    kind: count(matched.filter((s) => matchesFacets(s, state, 'kind')), (s) => s.kind),
  };

  function update(next: CatalogueQuery, typing = false) {
    const url = { pathname: router.pathname, query: toUrlQuery(next) };
    setQ(next.q);
    // Typing refines one search: replace the history entry while a query is already there.
    if (typing && urlState.q && next.q) void router.replace(url, undefined, { shallow: true, scroll: false });
    else void router.push(url, undefined, { shallow: true, scroll: false });
  }

  const filterText = [state.category ? CATEGORY_LABELS[state.category] : null, state.origin, state.kind].filter(Boolean).join(', ');
  return (
    <section aria-labelledby="catalogue-heading" className="flex flex-col gap-5">
      <h2 id="catalogue-heading" className="sr-only">
        Catalogue
      </h2>
      <SearchBox value={state.q} onChange={(next) => update({ ...state, q: next }, true)} onFocus={() => setIndexRequested(true)} />
      <Facets state={state} counts={counts} onChange={(next) => update(next)} />
      <p role="status" aria-live="polite" className="text-sm text-stone-700 dark:text-stone-300">
        {shown.length} of {summaries.length} entries{state.q ? ` for “${state.q}”` : ''}
        {filterText ? ` (${filterText})` : ''}
      </p>
      <ResultList
        summaries={shown}
        label="Search results"
        emptyMessage={`Nothing matches${state.q ? ` “${state.q}”` : ''} with these filters. Check the spelling, try the software's name rather than the exporter's, or clear the filters.`}
      />
    </section>
  );
}
