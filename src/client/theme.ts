/**
 * The light/dark theme. The page follows the system setting; a reader's choice is saved under
 * THEME_KEY (lib/dom-names.ts) and applied before the first paint by the inline script in
 * ThemeInit.astro, which is given the same key. Choosing the theme the system already uses clears the saved choice,
 * so the page follows the system again.
 */
import { CLASS, DATA, THEME_KEY } from '../lib/dom-names.ts';

export type Theme = 'light' | 'dark';

/** Makes the header's `.theme-toggle` (an `aria-pressed` toggle for the dark theme) switch and remember the theme. */
export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>(`.${CLASS.themeToggle}`);
  if (button) setupThemeToggle(button);
}

function setupThemeToggle(button: HTMLButtonElement): void {
  const root = document.documentElement;
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  const system = (): Theme => (systemDark.matches ? 'dark' : 'light');
  const current = (): Theme => {
    const chosen = root.getAttribute(DATA.theme);
    return chosen === 'dark' || chosen === 'light' ? chosen : system();
  };
  const render = () => button.setAttribute('aria-pressed', String(current() === 'dark'));

  button.addEventListener('click', () => {
    const next: Theme = current() === 'dark' ? 'light' : 'dark';
    if (next === system()) root.removeAttribute(DATA.theme);
    else root.setAttribute(DATA.theme, next);
    try {
      if (next === system()) localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage can be blocked (private modes, strict settings): the choice then lasts for this page only.
    }
    render();
  });
  systemDark.addEventListener('change', render);
  render();
  button.hidden = false;
}
