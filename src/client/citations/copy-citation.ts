/**
 * Copy buttons for "Cite this page": `<button data-copy="<id>" data-label="BibTeX" hidden>` copies
 * the text of element <id> and says so in the nearest `[data-copy-status]` live region, so a
 * screen reader user hears that it worked. Buttons stay hidden where the Clipboard API is missing
 * (insecure origins, old browsers): the text is still there to select.
 */
import { DATA, select } from '../../lib/dom-names.ts';
import { citationWords } from './words.ts';

export function initCopyButtons(): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>(`button${select(DATA.copyTarget)}`)) {
    button.hidden = false;
    button.addEventListener('click', () => void copy(button));
  }
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const source = document.getElementById(button.getAttribute(DATA.copyTarget) ?? '');
  const status = button.closest('section')?.querySelector(select(DATA.copyStatus));
  const words = citationWords();
  const label = button.getAttribute(DATA.copyWhat) ?? words.text;
  let message: string;
  try {
    await navigator.clipboard.writeText(source?.textContent?.trim() ?? '');
    message = words.copied(label);
    // Sighted readers see it on the button; the live region below tells screen readers.
    const original = button.textContent;
    button.textContent = words.copiedShort;
    setTimeout(() => (button.textContent = original), 2000);
  } catch {
    message = words.copyFailed(label);
  }
  if (!status) return;
  // Emptying first makes a second identical message count as a change, so it is announced again.
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}
