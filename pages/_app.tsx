// Application shell: global styles. Only the home page runs React in the browser (its search); the
// keyboard shortcut, theme switch and copy buttons are the site's browser script (lib/client/).
import type { AppProps } from 'next/app';
import '@/styles/globals.css';

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
