// Any other section of an entry (Configuration, Metrics, Notes…), rendered from its Markdown.
import type { Section } from '@/lib/catalog/types';
import Html from './Html';

type Props = {
  section: Section;
};

export default function EntrySection({ section }: Props) {
  return (
    <section aria-labelledby={`section-${section.id}`} className="flex flex-col gap-3">
      <h2 id={`section-${section.id}`} className="text-2xl font-semibold">
        {section.title}
      </h2>
      <Html html={section.html} />
    </section>
  );
}
