// The home page's search app (Next.js and React) loads when someone starts using the catalogue, not
// with the page: the preview, the links and the categories are plain HTML that needs no script.
// Clicks and choices made in the catalogue while the app loads are replayed once it is running.

import { SEARCH_INPUT_ID } from './shortcut';

/** Fired on window by the catalogue once its handlers are attached. */
export const CATALOGUE_READY = 'exporterhub:catalogue-ready';

/** The attribute postbuild gives the page's framework scripts instead of `src`. */
export const DEFERRED_SRC = 'data-deferred-src';

export function deferHydration(doc: Document): void {
  const deferred = [...doc.querySelectorAll<HTMLScriptElement>(`script[${DEFERRED_SRC}]`)];
  const root = doc.querySelector('[data-catalogue]');
  if (deferred.length === 0 || !root) return;
  let started = false;
  let ready = false;
  const replay: (() => void)[] = [];

  function start(): void {
    if (started) return;
    started = true;
    for (const placeholder of deferred) {
      const script = doc.createElement('script');
      script.src = placeholder.getAttribute(DEFERRED_SRC) ?? '';
      // Dynamic scripts run as they arrive unless told otherwise; these must run in order.
      script.async = false;
      doc.body.appendChild(script);
    }
  }

  function onClick(event: Event): void {
    if (ready || !(event.target instanceof Element)) return;
    const control = event.target.closest<HTMLElement>('button, input[type="checkbox"]');
    if (!control) return;
    event.preventDefault();
    event.stopPropagation();
    replay.push(() => control.click());
    start();
  }

  function onChange(event: Event): void {
    if (ready || !(event.target instanceof HTMLSelectElement)) return;
    const select = event.target;
    const value = select.value;
    replay.push(() => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    start();
  }

  // Following a preview link needs no app; anything else in the catalogue does.
  const startUnlessLink = (event: Event) => {
    if (!(event.target instanceof Element && event.target.closest('a[href]'))) start();
  };
  root.addEventListener('focusin', startUnlessLink);
  root.addEventListener('pointerdown', startUnlessLink);
  root.addEventListener('input', start);
  root.addEventListener('click', onClick, true);
  root.addEventListener('change', onChange, true);
  window.addEventListener(
    CATALOGUE_READY,
    () => {
      ready = true;
      root.removeEventListener('click', onClick, true);
      root.removeEventListener('change', onChange, true);
      for (const action of replay.splice(0)) action();
    },
    { once: true },
  );
  // A shared search (?q=…), a restored state, or a request to focus the box needs the app at once.
  if (doc.location.search || doc.activeElement === doc.getElementById(SEARCH_INPUT_ID)) start();
}
