// The front-matter fields of an entry: required or optional, an example and the rule behind each.
import type { FieldDoc } from '@/lib/catalog/reference';

type Props = {
  fields: FieldDoc[];
};

export default function FieldReference({ fields }: Props) {
  return (
    <dl className="flex flex-col gap-4">
      {fields.map((f) => (
        <div key={f.name} id={f.name} className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
          <dt className="text-lg font-semibold">
            <code>{f.name}</code> <span className="text-sm font-normal text-stone-600 dark:text-stone-400">{f.required ? 'required' : 'optional'}</span>
          </dt>
          <dd className="mt-1 flex flex-col gap-2">
            <p>{f.doc}</p>
            <pre className="code" tabIndex={0}>
              <code>{`${f.name}: ${f.example}`}</code>
            </pre>
          </dd>
        </div>
      ))}
    </dl>
  );
}
