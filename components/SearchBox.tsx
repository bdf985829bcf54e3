// The catalogue's search field: a labelled searchbox that reports each keystroke.
type Props = {
  value: string;
  onChange: (value: string) => void;
  onFocus?: () => void;
};

export default function SearchBox({ value, onChange, onFocus }: Props) {
  return (
    <form role="search" onSubmit={(e) => e.preventDefault()} className="w-full">
      <label htmlFor="catalogue-search" className="mb-1 block text-sm font-medium text-stone-800 dark:text-stone-200">
        Search exporters
      </label>
      <input
        id="catalogue-search"
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onFocus={onFocus}
        placeholder="postgres, node_exporter, kafka, node_filesystem_avail…"
        autoComplete="off"
        spellCheck={false}
        className="w-full rounded-lg border border-stone-300 bg-white px-4 py-2.5 text-base text-stone-900 shadow-sm placeholder:text-stone-500 focus:border-orange-600 focus:outline-none focus:ring-2 focus:ring-orange-600/40 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-50 dark:placeholder:text-stone-400"
      />
    </form>
  );
}
