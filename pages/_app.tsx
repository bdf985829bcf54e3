// Application shell: global styles and the search keyboard shortcut, which lives here so it stays
// registered across page changes; every page brings its own Layout.
import type { AppProps } from 'next/app';
import SearchShortcut from '@/components/SearchShortcut';
import '@/styles/globals.css';

export default function App({ Component, pageProps }: AppProps) {
  return (
    <>
      <SearchShortcut />
      <Component {...pageProps} />
    </>
  );
}
