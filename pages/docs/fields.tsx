// The field reference for contributors, from the same schema the validator uses.
import type { GetStaticProps } from 'next';
import FieldReference from '@/components/FieldReference';
import Layout from '@/components/Layout';
import type { FieldDoc } from '@/lib/catalog/reference';
import { withBase } from '@/lib/site';

type Props = {
  fields: FieldDoc[];
};

export default function FieldsPage({ fields }: Props) {
  return (
    <Layout title="Front-matter fields" description="The fields of an ExporterHub entry's front matter, required or optional, with examples.">
      <h1 className="mb-2 text-3xl font-bold tracking-tight">Front-matter fields</h1>
      <p className="mb-6 max-w-3xl text-stone-700 dark:text-stone-300">
        Each entry is <code>lists/&lt;slug&gt;/README.md</code>, starting with these fields. Editors with the YAML language server can validate them with the{' '}
        <a className="underline" href={withBase('/schema/exporter.json')}>
          JSON Schema
        </a>
        .
      </p>
      <FieldReference fields={fields} />
    </Layout>
  );
}

export const getStaticProps: GetStaticProps<Props> = async () => {
  const { fieldDocs } = await import('@/lib/catalog/reference');
  return { props: { fields: fieldDocs() } };
};

// Static HTML: the site's browser script (lib/client/) is all this page runs.
export const config = { unstable_runtimeJS: false };
