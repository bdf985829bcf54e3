// Links to every category page with its number of entries: the way through the whole catalogue
// without search (and without JavaScript).
import Link from 'next/link';

type Props = {
  categories: { id: string; label: string; count: number }[];
};

export default function CategoryNav({ categories }: Props) {
  return (
    <nav aria-labelledby="browse-heading" className="flex flex-col gap-3">
      <h2 id="browse-heading" className="text-xl font-semibold">
        Browse by category
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {categories.map((c) => (
          <li key={c.id}>
            <Link prefetch={false} href={`/categories/${c.id}/`} className="flex justify-between rounded border border-stone-200 px-3 py-2 hover:border-orange-600 dark:border-stone-800">
              <span className="underline-offset-2 hover:underline">{c.label}</span>
              <span className="text-stone-600 dark:text-stone-400">{c.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
