// The validator's code reference: every code it can print, with the fix and examples.
import type { GetStaticProps } from 'next';
import CodeReference from '@/components/CodeReference';
import Layout from '@/components/Layout';
import type { CodeEntry } from '@/lib/catalog/problems';

type Props = {
  codes: CodeEntry[];
};

export default function ErrorCodesPage({ codes }: Props) {
  return (
    <Layout title="Validator codes" description="Every error and warning code of the ExporterHub validator, what it means and how to fix it.">
      <h1 className="mb-2 text-3xl font-bold tracking-tight">Validator codes</h1>
      <p className="mb-6 max-w-3xl text-stone-700 dark:text-stone-300">
        <code>npm run validate</code> prints each problem as <code>lists/&lt;slug&gt;/README.md:LINE: CODE message</code>. Codes starting with E fail the build; codes starting with W are advice.
      </p>
      <CodeReference codes={codes} />
    </Layout>
  );
}

export const getStaticProps: GetStaticProps<Props> = async () => {
  const { codeEntries } = await import('@/lib/catalog/problems');
  return { props: { codes: codeEntries() } };
};

// Static HTML: the site's browser script (lib/client/) is all this page runs.
export const config = { unstable_runtimeJS: false };
