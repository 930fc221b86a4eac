/**
 * The search shortcuts: "/" and Ctrl/Cmd+K, except while the reader is typing in a field. Shared by
 * the page script, which answers them before the search dialog's own script has loaded, and by
 * that script (dialog.ts).
 */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing || event.altKey) return false;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
  const chord = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
  return (slash || chord) && !isTyping(event.target);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(target.type);
}
