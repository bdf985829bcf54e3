// The validator's error and warning codes, each with its fix and a wrong and a right example.
import type { CodeEntry } from '@/lib/catalog/problems';

type Props = {
  codes: CodeEntry[];
};

const EXAMPLES = [
  { key: 'wrong', label: 'Wrong', className: 'text-red-800 dark:text-red-300' },
  { key: 'right', label: 'Right', className: 'text-green-800 dark:text-green-300' },
] as const;

export default function CodeReference({ codes }: Props) {
  return (
    <div className="flex flex-col gap-6">
      {codes.map((c) => (
        <section key={c.code} id={c.code.toLowerCase()} aria-labelledby={`code-${c.code}`} className="flex flex-col gap-2 rounded-lg border border-stone-200 p-4 dark:border-stone-800">
          <h2 id={`code-${c.code}`} className="text-xl font-semibold">
            {c.code}: {c.title}
            <span className="ml-2 text-sm font-normal text-stone-600 dark:text-stone-400">{c.severity}</span>
          </h2>
          <p>{c.fix}</p>
          <div className="grid gap-3 md:grid-cols-2">
            {EXAMPLES.map((ex) => (
              <div key={ex.key}>
                <h3 className={`text-sm font-medium ${ex.className}`}>{ex.label}</h3>
                <pre className="code" tabIndex={0}>
                  <code>{c[ex.key]}</code>
                </pre>
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
