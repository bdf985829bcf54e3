// The HTML document. A tiny inline script applies the saved or system theme before first paint,
// so there is no flash of the wrong theme, and marks that JavaScript runs (for copy buttons). Every
// page loads the site's browser script, /enhance.js, told where the home page is.
import { Head, Html, Main, NextScript } from 'next/document';
import { withBase } from '@/lib/site';

const themeScript = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('theme');var dark=t?t==='dark':window.matchMedia('(prefers-color-scheme: dark)').matches;if(dark)d.classList.add('dark');}catch(e){}})();`;

export default function Document() {
  return (
    <Html lang="en">
      <Head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
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
