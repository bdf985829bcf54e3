// The build half of the home page's deferred start (lib/client/hydration.ts): in pages that hold the
// catalogue, Next.js's script tags become inert placeholders that the site's browser script loads
// on first use. Other pages ship no framework scripts at all (`unstable_runtimeJS: false`).
import { DEFERRED_SRC } from './client/hydration';

const FRAMEWORK_SCRIPT = /<script src="([^"]*\/_next\/static\/[^"]+\.js)" defer=""><\/script>/g;

export interface DeferredPage {
  html: string;
  /** How many framework scripts became placeholders. */
  deferred: number;
}

export function deferFrameworkScripts(html: string): DeferredPage {
  if (!html.includes('data-catalogue=""')) return { html, deferred: 0 };
  let deferred = 0;
  const out = html.replace(FRAMEWORK_SCRIPT, (_tag, src: string) => {
    deferred++;
    return `<script type="text/plain" ${DEFERRED_SRC}="${src}"></script>`;
  });
  return { html: out, deferred };
}

/** Framework scripts a page would still run on load (the test suite expects none). */
export function frameworkScriptsRunOnLoad(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\ssrc="([^"]*\/_next\/[^"]*)"/g)].map((m) => m[1]);
}
