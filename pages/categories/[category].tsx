// A category page: every entry of one category, as cards.
import type { GetStaticPaths, GetStaticProps } from 'next';
import Link from 'next/link';
import Layout from '@/components/Layout';
import ResultList from '@/components/ResultList';
import { CATEGORY_IDS, CATEGORY_LABELS, isCategoryId } from '@/lib/categories';
import type { ExporterSummary } from '@/lib/catalog/types';

type Props = {
  label: string;
  summaries: ExporterSummary[];
};

export default function CategoryPage({ label, summaries }: Props) {
  return (
    <Layout title={label} description={`${summaries.length} Prometheus exporters and integrations in ${label}.`}>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link prefetch={false} className="underline" href="/">
          Catalogue
        </Link>{' '}
        / {label}
      </nav>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{label}</h1>
      <h2 className="sr-only">Entries in {label}</h2>
      <ResultList summaries={summaries} label={`${label} entries`} emptyMessage="No entries in this category yet." />
    </Layout>
  );
}

export const getStaticPaths: GetStaticPaths = async () => {
  const { getSummaries } = await import('@/lib/catalog');
  const used = new Set(getSummaries().map((s) => s.category));
  return { paths: CATEGORY_IDS.filter((id) => used.has(id)).map((category) => ({ params: { category } })), fallback: false };
};

export const getStaticProps: GetStaticProps<Props, { category: string }> = async ({ params }) => {
  const { getSummaries } = await import('@/lib/catalog');
  const id = params?.category ?? '';
  if (!isCategoryId(id)) return { notFound: true };
  return { props: { label: CATEGORY_LABELS[id], summaries: getSummaries().filter((s) => s.category === id) } };
};

// Static HTML: the site's browser script (lib/client/) is all this page runs.
export const config = { unstable_runtimeJS: false };
