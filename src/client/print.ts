/**
 * Printing opens closed `<details>` (clinician blocks, figure descriptions): print.css does it with
 * `::details-content`, and browsers without that selector get the blocks opened here for the
 * printout and closed again afterwards.
 */
export function openDetailsWhenPrinting(): void {
  if (CSS.supports('selector(::details-content)')) return;
  const opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
      details.open = true;
      opened.push(details);
    }
  });
  addEventListener('afterprint', () => {
    for (const details of opened.splice(0)) details.open = false;
  });
}
