// Install methods as tabs. The HTML holds both forms: without JavaScript every method is shown in
// turn under its heading; the `js` class (set before first paint) shows the tabs instead, so
// hydration changes nothing on screen.
import { useState, type KeyboardEvent } from 'react';
import type { InstallMethod } from '@/lib/catalog/types';
import Html from './Html';

type Props = {
  intro: string;
  methods: InstallMethod[];
};

export default function InstallGuides({ intro, methods }: Props) {
  const tabbed = methods.length > 1;
  const [active, setActive] = useState(0);

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = (active + (e.key === 'ArrowRight' ? 1 : methods.length - 1)) % methods.length;
    setActive(next);
    document.getElementById(`tab-${methods[next].id}`)?.focus();
  }

  return (
    <section aria-labelledby="install" className="flex flex-col gap-3">
      <h2 id="install" className="text-2xl font-semibold">
        Install
      </h2>
      <Html html={intro} />
      {tabbed && (
        <div role="tablist" aria-label="Install methods" className="install-tabs flex-wrap gap-1 border-b border-stone-200 dark:border-stone-800">
          {methods.map((m, i) => (
            <button
              key={m.id}
              id={`tab-${m.id}`}
              type="button"
              role="tab"
              aria-selected={i === active}
              aria-controls={m.id}
              tabIndex={i === active ? 0 : -1}
              onClick={() => setActive(i)}
              onKeyDown={onKeyDown}
              className={`-mb-px rounded-t border-b-2 px-3 py-1.5 text-sm font-medium ${i === active ? 'border-orange-600 text-orange-800 dark:text-orange-300' : 'border-transparent text-stone-700 hover:text-stone-950 dark:text-stone-300 dark:hover:text-white'}`}
            >
              {m.title}
            </button>
          ))}
        </div>
      )}
      {methods.map((m, i) => (
        <div
          key={m.id}
          id={m.id}
          role={tabbed ? 'tabpanel' : undefined}
          aria-labelledby={tabbed ? `tab-${m.id}` : undefined}
          className={tabbed ? `install-panel${i === active ? '' : ' install-panel-inactive'}` : undefined}
        >
          <h3 className={`mb-2 text-lg font-semibold${tabbed ? ' install-heading' : ''}`}>{m.title}</h3>
          <Html html={m.html} />
        </div>
      ))}
    </section>
  );
}
