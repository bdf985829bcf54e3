// The metric inventory of an exporter: captured from a running instance by npm run verify:live, or
// read from its source at a tag.
import type { GetStaticPaths, GetStaticProps } from 'next';
import Link from 'next/link';
import Layout from '@/components/Layout';
import MetricInventory from '@/components/MetricInventory';
import type { MetricInventory as Inventory } from '@/lib/verify/inventory';

type Props = {
  slug: string;
  name: string;
  inventory: Inventory;
};

export default function MetricsPage({ slug, name, inventory }: Props) {
  return (
    <Layout title={`${name} metrics`} description={`The ${inventory.families.length} metric families exposed by ${inventory.exporter} ${inventory.version}.`}>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link prefetch={false} className="underline" href={`/exporters/${slug}/`}>
          {name}
        </Link>{' '}
        / Metrics
      </nav>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{name}: metric inventory</h1>
      <p className="mb-4 max-w-3xl text-stone-700 dark:text-stone-300">
        {inventory.method === 'live' ? (
          <>Captured on {inventory.checked} from {inventory.source}, running on loopback against the software it watches. Metrics that need a setup the check cannot have are listed at the end with their condition.</>
        ) : (
          <>
            Read on {inventory.checked} from the source of <a className="underline" href={inventory.repository}>{inventory.repository.replace(/^https:\/\//, '')}</a> at {inventory.ref} (commit <code>{inventory.commit.slice(0, 12)}</code>), files {inventory.files.join(', ')}. Metrics marked with a condition appear only in the setup it names.
          </>
        )}
      </p>
      <MetricInventory inventory={inventory} />
    </Layout>
  );
}

export const getStaticPaths: GetStaticPaths = async () => {
  const { getEntries } = await import('@/lib/catalog');
  return { paths: getEntries().filter((e) => e.verification).map((e) => ({ params: { slug: e.slug } })), fallback: false };
};

export const getStaticProps: GetStaticProps<Props, { slug: string }> = async ({ params }) => {
  const { getEntry, getInventory } = await import('@/lib/catalog');
  const entry = params ? getEntry(params.slug) : undefined;
  const inventory = entry ? getInventory(entry.slug) : null;
  if (!entry || !inventory) return { notFound: true };
  return { props: { slug: entry.slug, name: entry.name, inventory } };
};

// Static HTML: the site's browser script (lib/client/) is all this page runs.
export const config = { unstable_runtimeJS: false };
