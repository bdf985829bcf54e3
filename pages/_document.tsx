// The HTML document. A tiny inline script (lib/theme-script.ts, allowed by its hash in the CSP)
// applies the saved or system theme before first paint, so there is no flash of the wrong theme, and
// marks that JavaScript runs (for copy buttons). Every page loads the site's browser script,
// /enhance.js, told where the home page is.
import { Head, Html, Main, NextScript } from 'next/document';
import { withBase } from '@/lib/site';
import { THEME_SCRIPT } from '@/lib/theme-script';

export default function Document() {
  return (
    <Html lang="en">
      <Head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <link rel="icon" href={withBase('/favicon.svg')} type="image/svg+xml" />
        <script src={withBase('/enhance.js')} data-home={withBase('/')} defer />
      </Head>
      <body className="bg-stone-50 text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
