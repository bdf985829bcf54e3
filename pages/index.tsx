// Home: the searchable catalogue. The page carries a preview of entries and the category list; the
// full search data is fetched when someone starts searching or filtering.
import type { GetStaticProps } from 'next';
import Catalogue from '@/components/Catalogue';
import CategoryNav from '@/components/CategoryNav';
import Layout from '@/components/Layout';
import type { ExporterSummary } from '@/lib/catalog/types';
import { SITE_NAME } from '@/lib/site';

type Props = {
  preview: ExporterSummary[];
  total: number;
  categories: { id: string; label: string; count: number }[];
};

/** Entries shown before the search data is loaded. */
const PREVIEW_SIZE = 12;

export default function HomePage({ preview, total, categories }: Props) {
  return (
    <Layout title={SITE_NAME} description="Find the right Prometheus exporter for any service, install it, and take alert rules and Grafana dashboards that work with it.">
      <div className="mb-6 flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Prometheus exporters, with rules that work</h1>
        <p className="max-w-3xl text-stone-700 dark:text-stone-300">
          Find the exporter for a database, proxy, host or API, see who maintains it, install it, and copy alert rules and dashboards checked against it.
        </p>
      </div>
      <div className="flex flex-col gap-10">
        <Catalogue preview={preview} total={total} />
        <CategoryNav categories={categories} />
      </div>
    </Layout>
  );
}

export const getStaticProps: GetStaticProps<Props> = async () => {
  const { getSummaries } = await import('@/lib/catalog');
  const { CATEGORY_IDS, CATEGORY_LABELS } = await import('@/lib/categories');
  const summaries = getSummaries();
  // Entries with alert rules first: they are the most complete pages.
  const ranked = [...summaries].sort((a, b) => Number(b.ruleCount > 0) - Number(a.ruleCount > 0) || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  const dev = process.env.NODE_ENV === 'development';
  return {
    props: {
      // npm run dev has no exported search index, so it gets every entry in the page.
      preview: dev ? summaries : ranked.slice(0, PREVIEW_SIZE),
      total: summaries.length,
      categories: CATEGORY_IDS.map((id) => ({ id, label: CATEGORY_LABELS[id], count: summaries.filter((s) => s.category === id).length })).filter((c) => c.count > 0),
    },
  };
};
