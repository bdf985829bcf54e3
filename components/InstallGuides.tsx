// Install methods as tabs. Without JavaScript (and before hydration) every method is shown in turn.
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { InstallMethod } from '@/lib/catalog/types';
import Html from './Html';

type Props = {
  intro: string;
  methods: InstallMethod[];
};

export default function InstallGuides({ intro, methods }: Props) {
  const [enhanced, setEnhanced] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => setEnhanced(methods.length > 1), [methods.length]);

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
      {enhanced && (
        <div role="tablist" aria-label="Install methods" className="flex flex-wrap gap-1 border-b border-stone-200 dark:border-stone-800">
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
        <div key={m.id} id={m.id} role={enhanced ? 'tabpanel' : undefined} aria-labelledby={enhanced ? `tab-${m.id}` : undefined} hidden={enhanced && i !== active}>
          {!enhanced && <h3 className="mb-2 text-lg font-semibold">{m.title}</h3>}
          <Html html={m.html} />
        </div>
      ))}
    </section>
  );
}
