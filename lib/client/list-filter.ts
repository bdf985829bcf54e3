// Filter boxes over static lists (the metric inventory): hides the items that do not contain the
// typed text and says how many are shown. Without JavaScript the whole list stays visible.
export function enhanceListFilters(doc: Document): void {
  for (const input of doc.querySelectorAll<HTMLInputElement>('input[data-filter-list]')) {
    const list = doc.getElementById(input.dataset.filterList ?? '');
    const status = doc.getElementById(input.dataset.filterStatus ?? '');
    if (!list) continue;
    const items = [...list.querySelectorAll<HTMLElement>(':scope > li')];
    const noun = input.dataset.filterNoun ?? 'items';
    const apply = () => {
      const q = input.value.trim().toLowerCase();
      let shown = 0;
      for (const li of items) {
        const match = !q || (li.textContent ?? '').toLowerCase().includes(q);
        li.hidden = !match;
        if (match) shown++;
      }
      if (status) status.textContent = `${shown} of ${items.length} ${noun}`;
    };
    input.addEventListener('input', apply);
    // The browser may restore a typed filter when the page comes back from history.
    if (input.value) apply();
  }
}
