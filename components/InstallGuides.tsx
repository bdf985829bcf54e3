// Install methods as tabs. The HTML holds both forms: without JavaScript every method is shown in
// turn under its heading; the `js` class (set before first paint) shows the tabs instead, and the
// site's browser script (lib/client/tabs.ts) switches them by click or arrow keys.
import type { InstallMethod } from '@/lib/catalog/types';
import Html from './Html';

type Props = {
  intro: string;
  methods: InstallMethod[];
};

export default function InstallGuides({ intro, methods }: Props) {
  const tabbed = methods.length > 1;
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
              aria-selected={i === 0}
              aria-controls={m.id}
              tabIndex={i === 0 ? 0 : -1}
              className="-mb-px rounded-t border-b-2 border-transparent px-3 py-1.5 text-sm font-medium text-stone-700 hover:text-stone-950 aria-selected:border-orange-600 aria-selected:text-orange-800 dark:text-stone-300 dark:hover:text-white dark:aria-selected:text-orange-300"
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
          className={tabbed ? `install-panel${i === 0 ? '' : ' install-panel-inactive'}` : undefined}
        >
          <h3 className={`mb-2 text-lg font-semibold${tabbed ? ' install-heading' : ''}`}>{m.title}</h3>
          <Html html={m.html} />
        </div>
      ))}
    </section>
  );
}
