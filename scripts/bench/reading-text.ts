/**
 * The text a reader reads in `main`: each visible block, whitespace collapsed. Controls (buttons,
 * also when a script adds one inside a block, like "Copy link"), closed popovers and dialogs, and
 * <noscript> are not reading text.
 *
 * Runs in the browser: pass it to Playwright's `locator('main').evaluate(readingBlocks)`. It is
 * serialised on its own, so it must not use anything from outside its body.
 */
export function readingBlocks(main: Element): string[] {
  const blocks = main.querySelectorAll('h1, h2, h3, h4, p, li, dt, dd, td, th, caption, figcaption, blockquote, summary');
  return [...blocks]
    .filter((el) => !el.closest('button, dialog, [popover], [role="tooltip"], noscript, template') && el.checkVisibility())
    .map((el) => {
      // innerText, not textContent: it is the text as rendered (hidden parts left out, line breaks kept).
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader reads
      let text = (el as HTMLElement).innerText;
      for (const button of el.querySelectorAll('button')) {
        // biome-ignore lint/performance/useDomNodeTextContent: the button's rendered label, as above
        const label = button.innerText.trim();
        if (label) text = text.replace(label, '');
      }
      return text.replace(/\s+/g, ' ').trim();
    })
    .filter(Boolean);
}

/** Blocks a reader sees with JavaScript that are missing without it. */
export function missingWithoutJs(withJs: readonly string[], withoutJs: readonly string[]): string[] {
  const plain = new Set(withoutJs);
  return withJs.filter((block) => !plain.has(block));
}
