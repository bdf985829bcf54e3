// The catalogue's search field: a labelled searchbox that reports each keystroke.
import { SEARCH_INPUT_ID } from '@/lib/client/shortcut';

type Props = {
  value: string;
  onChange: (value: string) => void;
  onFocus?: () => void;
};

export default function SearchBox({ value, onChange, onFocus }: Props) {
  return (
    <form role="search" onSubmit={(e) => e.preventDefault()} className="w-full">
      <label htmlFor={SEARCH_INPUT_ID} className="mb-1 block text-sm font-medium text-stone-800 dark:text-stone-200">
        Search exporters <span className="font-normal text-stone-600 dark:text-stone-400">(press / to focus)</span>
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onFocus={onFocus}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onChange('');
          if (e.key === 'ArrowDown') {
            const first = document.querySelector<HTMLAnchorElement>('ul[aria-label="Search results"] h3 a');
            if (first) {
              e.preventDefault();
              first.focus();
            }
          }
        }}
        aria-keyshortcuts="/ Control+K"
        placeholder="postgres, node_exporter, kafka, node_filesystem_avail…"
        autoComplete="off"
        spellCheck={false}
        className="w-full rounded-lg border border-stone-300 bg-white px-4 py-2.5 text-base text-stone-900 shadow-sm placeholder:text-stone-500 focus:border-orange-600 focus:outline-none focus:ring-2 focus:ring-orange-600/40 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-50 dark:placeholder:text-stone-400"
      />
    </form>
  );
}
