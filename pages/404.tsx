// Not found: say so and offer the way back to the catalogue.
import Link from 'next/link';
import Layout from '@/components/Layout';

export default function NotFoundPage() {
  return (
    <Layout title="Page not found" description="This page does not exist in ExporterHub.">
      <h1 className="mb-3 text-3xl font-bold">Page not found</h1>
      <p className="mb-4">There is no page at this address. The exporter may have been renamed or merged with another entry.</p>
      <Link prefetch={false} className="underline" href="/">
        Search the catalogue
      </Link>
    </Layout>
  );
}

// Static HTML: the site's browser script (lib/client/) is all this page runs.
export const config = { unstable_runtimeJS: false };
