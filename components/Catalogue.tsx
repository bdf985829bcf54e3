// The searchable catalogue: search box, facets and results, with the state kept in the URL so a
// search can be shared and the back button steps through it. The page ships a preview of entries;
// the full search data is fetched on first use, and at most a page of results is rendered at a time.
import { useRouter } from 'next/router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CATEGORY_LABELS } from '@/lib/categories';
import { CATALOGUE_READY } from '@/lib/client/hydration';
import { SEARCH_INPUT_ID } from '@/lib/client/shortcut';
import type { ExporterSummary } from '@/lib/catalog/types';
import { EMPTY_QUERY, matchesFacets, originOf, parseQuery, results, searchMatches, toUrlQuery, type CatalogueQuery } from '@/lib/catalogue-query';
import { loadSearchData, loadTermShard, type SearchData } from '@/lib/search-index';
import { shardKey, termOwners, termQuery, type TermShard } from '@/lib/term-index';
import Facets from './Facets';
import ResultList from './ResultList';
import SearchBox from './SearchBox';

type Props = {
  preview: ExporterSummary[];
  total: number;
};

/** Typing updates the URL once the keys pause for this long, so a keystroke does no router work. */
export const URL_DELAY_MS = 250;

/** Results rendered at first and added by each "show more". */
export const RESULTS_PAGE = 12;

function count<T extends string>(items: ExporterSummary[], key: (s: ExporterSummary) => T): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of items) out[key(s)] = (out[key(s)] ?? 0) + 1;
  return out;
}

function isFiltered(state: CatalogueQuery): boolean {
  return Boolean(state.q.trim() || state.category || state.origin || state.kind || state.rules || state.dashboards || state.sort !== 'relevance');
}

export default function Catalogue({ preview, total }: Props) {
  const router = useRouter();
  const urlState = router.isReady ? parseQuery(router.query) : EMPTY_QUERY;
  // The text lives in local state so no keystroke waits for the router; the URL follows it.
  const [q, setQ] = useState('');
  const ready = router.isReady;
  const initialQ = urlState.q;
  // Once the router is ready: take the search from the URL, or what was typed before this app started
  // (it starts on first use, lib/client/hydration.ts), note where the focus is, then let the page
  // replay clicks made while it loaded. Later changes come from the handlers below or from popstate.
  useEffect(() => {
    if (!ready) return;
    setQ(initialQ);
    const input = document.getElementById(SEARCH_INPUT_ID);
    if (input instanceof HTMLInputElement) {
      if (document.activeElement === input) setWanted(true);
      if (input.value && input.value !== initialQ) update({ ...urlState, q: input.value }, true);
    }
    window.dispatchEvent(new Event(CATALOGUE_READY));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);
  useEffect(() => {
    const onPop = () => setQ(new URLSearchParams(window.location.search).get('q') ?? '');
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const state: CatalogueQuery = { ...urlState, q };

  const [data, setData] = useState<SearchData | null>(null);
  const [wanted, setWanted] = useState(false);
  const [failed, setFailed] = useState(false);
  const filtered = isFiltered(state);
  useEffect(() => {
    if (data || (!wanted && !filtered)) return;
    let cancelled = false;
    // When the page already holds every entry (small catalogues, npm run dev) only metrics are fetched.
    loadSearchData(preview.length === total ? preview : null)
      .then((d) => !cancelled && setData(d))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [data, wanted, filtered, preview, total]);

  // Metric and alert names: the shard for the query's first two characters, fetched when first needed.
  const term = termQuery(q);
  const key = term && data?.shardKeys.has(shardKey(term)) ? shardKey(term) : null;
  const [shard, setShard] = useState<{ key: string; rows: TermShard } | null>(null);
  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    void loadTermShard(key).then((rows) => !cancelled && setShard({ key, rows }));
    return () => {
      cancelled = true;
    };
  }, [key]);
  const termHits = useMemo(() => (key && shard?.key === key ? termOwners(shard.rows, q) : []), [key, shard, q]);

  const all = data?.summaries ?? null;
  const search = data?.search ?? null;
  const matched = useMemo(() => (all ? searchMatches(all, state.q, search, termHits) : []), [all, state.q, search, termHits]);
  const shown = all ? results(matched, state) : preview;
  // "Show more" grows the rendered page; any change of the search starts again from one page.
  const stateKey = JSON.stringify(toUrlQuery(state));
  const [more, setMore] = useState({ stateKey, limit: RESULTS_PAGE });
  const limit = more.stateKey === stateKey ? more.limit : RESULTS_PAGE;
  const counts = all
    ? {
        category: count(matched.filter((s) => matchesFacets(s, state, 'category')), (s) => s.category),
        origin: count(matched.filter((s) => matchesFacets(s, state, 'origin')), originOf),
        kind: count(matched.filter((s) => matchesFacets(s, state, 'kind')), (s) => s.kind),
      }
    : null;

  const urlTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(urlTimer.current), []);
  function update(next: CatalogueQuery, typing = false) {
    setQ(next.q);
    window.clearTimeout(urlTimer.current);
    const url = { pathname: router.pathname, query: toUrlQuery(next) };
    // Typing refines one search: replace the history entry while a query is already there.
    const go = () => {
      if (typing && urlState.q && next.q) void router.replace(url, undefined, { shallow: true, scroll: false });
      else void router.push(url, undefined, { shallow: true, scroll: false });
    };
    if (typing) urlTimer.current = window.setTimeout(go, URL_DELAY_MS);
    else go();
  }

  const filterText = [state.category ? CATEGORY_LABELS[state.category] : null, state.origin, state.kind].filter(Boolean).join(', ');
  const loading = (filtered || wanted) && !all && !failed;
  return (
    <section aria-labelledby="catalogue-heading" className="flex flex-col gap-5" data-catalogue="" data-search={all ? 'ready' : 'preview'} data-query={q}>
      <h2 id="catalogue-heading" className="sr-only">
        Catalogue
      </h2>
      <SearchBox value={state.q} onChange={(next) => update({ ...state, q: next }, true)} onFocus={() => setWanted(true)} />
      <Facets state={state} counts={counts} onChange={(next) => update(next)} />
      <p role="status" aria-live="polite" className="text-sm text-stone-700 dark:text-stone-300">
        {failed
          ? 'The search index could not be loaded; browse by category below.'
          : loading
            ? 'Loading the search index…'
            : all
              ? `${shown.length} of ${all.length} entries${state.q ? ` for “${state.q}”` : ''}${filterText ? ` (${filterText})` : ''}`
              : `${preview.length} of ${total} entries shown`}
      </p>
      <ResultList
        summaries={shown.slice(0, limit)}
        query={state.q}
        label="Search results"
        emptyMessage={`Nothing matches${state.q ? ` “${state.q}”` : ''} with these filters. Check the spelling, try the software's name rather than the exporter's, or clear the filters.`}
      />
      {shown.length > limit && (
        <button
          type="button"
          onClick={() => setMore({ stateKey, limit: limit + RESULTS_PAGE })}
          className="self-start rounded border border-stone-300 px-3 py-1.5 text-sm hover:border-orange-600 dark:border-stone-700"
        >
          Show {Math.min(RESULTS_PAGE, shown.length - limit)} more of {shown.length - limit} remaining
        </button>
      )}
      {!all && !loading && (
        <button type="button" onClick={() => setWanted(true)} className="self-start rounded border border-stone-300 px-3 py-1.5 text-sm hover:border-orange-600 dark:border-stone-700">
          Show all {total} entries
        </button>
      )}
    </section>
  );
}
