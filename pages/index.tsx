// Home: the searchable catalogue of every entry (summaries only).
import type { GetStaticProps } from 'next';
import Catalogue from '@/components/Catalogue';
import Layout from '@/components/Layout';
import type { ExporterSummary } from '@/lib/catalog/types';
import { SITE_NAME } from '@/lib/site';

type Props = {
  summaries: ExporterSummary[];
};

export default function HomePage({ summaries }: Props) {
  return (
    <Layout title={SITE_NAME} description="Find the right Prometheus exporter for any service, install it, and take alert rules and Grafana dashboards that work with it.">
      <div className="mb-6 flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Prometheus exporters, with rules that work</h1>
        <p className="max-w-3xl text-stone-700 dark:text-stone-300">
          Find the exporter for a database, proxy, host or API, see who maintains it, install it, and copy alert rules and dashboards checked against it.
        </p>
      </div>
      <Catalogue summaries={summaries} />
    </Layout>
  );
}

export const getStaticProps: GetStaticProps<Props> = async () => {
  const { getSummaries } = await import('@/lib/catalog');
  return { props: { summaries: getSummaries() } };
};
