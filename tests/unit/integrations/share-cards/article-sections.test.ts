/**
 * The shareable places of a built article page, read from two fixtures: an excerpt of the real
 * English page (tests/fixtures/share-cards/article-en.html, built markup with citations, labels,
 * screen-reader text, a footnote and the copy-link template) and a hand-written Japanese page.
 * Each has a section with no text before its first subheading.
 */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { readArticleSections, type ShareableSection } from '../../../../src/integrations/share-cards/article-sections.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/share-cards/${name}`, import.meta.url), 'utf8');
const en = readArticleSections(fixture('article-en.html'));
const ja = readArticleSections(fixture('article-ja.html'));
const byId = (sections: ShareableSection[], id: string) => {
  const found = sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};

describe('the places of an English article page', () => {
  test('every public section and claim, in page order, and nothing that is not public', () => {
    expect(en.sections.map((s) => `${s.kind}:${s.id}`)).toEqual([
      'claim:takeaway-receptors-imaged',
      'claim:takeaway-not-proof',
      'section:in-one-paragraph',
      'section:who-took-part',
      'section:the-people',
      'section:how-receptors-were-seen',
      'section:what-the-team-reports',
      'claim:finding-baseline-difference',
    ]);
  });

  test('the page: language, title, description and canonical address', () => {
    expect(en).toMatchObject({
      lang: 'en',
      title: 'What the ketamine AMPA-receptor PET study found',
      description: expect.stringMatching(/^A plain summary of the 2026 Molecular Psychiatry study/),
      canonical: 'https://example.org/articles/what-the-study-found/',
    });
  });

  test("a section's description is its opening, without citations, labels or screen-reader words", () => {
    const section = byId(en.sections, 'in-one-paragraph');
    expect(section.heading).toBe('The study in one paragraph');
    expect(section.descriptionFrom).toBe('section');
    expect(section.description).toBe(
      'In March 2026 a team led by Professor Takuya Takahashi of Yokohama City University, working with Keio University and others, reported a brain-imaging study of ketamine in treatment-resistant…',
    );
  });

  test('no citation number, copy control, label, screen-reader text or footnote marker leaks into any text', () => {
    // Unclipped, so that every word of every opening is checked.
    const whole = readArticleSections(fixture('article-en.html'), { maxDescription: 10_000 });
    expect(byId(whole.sections, 'in-one-paragraph').description).toMatch(
      /in the journal Molecular Psychiatry\. The team measured AMPA receptors, .* went along with the change in depressive symptoms\.$/,
    );
    for (const s of whole.sections) {
      const text = `${s.heading} ${s.description}`;
      expect(text, s.id).not.toMatch(/\[\d+(?:[,–]\s*\d+)*\]|Certainty:|Source:|Copied|Copy link|Supported in humans|Positron emission|Back to reference/);
      expect(text, s.id).not.toMatch(/\s[.,;:]/);
    }
    // The footnote marker "1" after "Japan." is gone, and the words on either side are joined by one space.
    expect(byId(en.sections, 'the-people').description).toBe(
      'The study pooled data from three registered clinical studies in Japan. A news summary gives their registration numbers.',
    );
  });

  test('a section with no text before its first subheading falls back to the article description', () => {
    const section = byId(en.sections, 'who-took-part');
    expect(section.descriptionFrom).toBe('article');
    expect(section.description).toBe(en.description);
  });

  test('descriptions stay within 200 characters and end at a word of the text', () => {
    for (const s of en.sections) {
      expect(s.description.length, s.id).toBeLessThanOrEqual(200);
      const words = s.description.replace(/…$/, '').split(' ');
      expect(words.at(-1), s.id).toMatch(/^\S+$/);
    }
    const clipped = byId(en.sections, 'how-receptors-were-seen').description;
    expect(clipped).toMatch(/ binds specifically to…$/);
  });

  test('a claim is named by its lead-in and described by the rest; it sits under its section', () => {
    expect(byId(en.sections, 'finding-baseline-difference')).toMatchObject({
      heading: 'Before treatment',
      context: 'What the team reports',
      description: expect.stringMatching(/^The release reports that, before any treatment,/),
      evidence: { level: 'human', text: 'Supported in humans', strength: 2 },
    });
  });

  test('a takeaway without a lead-in is named by its first words, to a word boundary', () => {
    const takeaway = byId(en.sections, 'takeaway-receptors-imaged');
    expect(takeaway.heading).toBe('A research team in Japan used a PET tracer called [11C]K-2 to image…');
    expect(takeaway.context).toBe('Key takeaways');
    expect(takeaway.description).toMatch(/^A research team in Japan .* before and after treatment\.$/);
  });

  test('a section carries the label its paragraphs agree on, and none when they have none', () => {
    expect(byId(en.sections, 'how-receptors-were-seen').evidence?.text).toBe('Supported in humans');
    expect(byId(en.sections, 'in-one-paragraph').evidence).toBeUndefined();
  });

  test('a section whose paragraphs carry different labels gets none', () => {
    const page = `<html lang="en"><body><main><h1>T</h1><h2 id="mixed" data-anchor="section">Mixed</h2>
      <p>Seen in people. <a class="badge certainty human"><span class="sr-only">Certainty: </span>Supported in humans</a></p>
      <p>Seen in mice. <a class="badge certainty animal"><span class="sr-only">Certainty: </span>Animal evidence only</a></p></main></body></html>`;
    expect(readArticleSections(page).sections[0]?.evidence).toBeUndefined();
  });

  test('a parsed tree gives the same result as the HTML text', () => {
    expect(readArticleSections(fromHtml(fixture('article-en.html')))).toEqual(en);
  });
});

describe('the places of a Japanese article page', () => {
  test('the same ids, the language from <html lang>', () => {
    expect(ja.lang).toBe('ja');
    expect(ja.sections.map((s) => s.id)).toEqual([
      'takeaway-receptors-imaged',
      'takeaway-not-proof',
      'in-one-paragraph',
      'who-took-part',
      'the-people',
      'what-the-team-reports',
      'finding-change-tracked-improvement',
    ]);
  });

  test('a long opening ends at a sentence (。), within 100 characters, without citation numbers', () => {
    const section = byId(ja.sections, 'in-one-paragraph');
    expect(section.description).toBe(
      '2026年3月、横浜市立大学を中心とする研究チームが、治療抵抗性うつ病の人にケタミンを用いた脳画像研究を、学術誌Molecular Psychiatryで報告しました。',
    );
  });

  test('a section with no text before its first subheading falls back to the article description', () => {
    expect(byId(ja.sections, 'who-took-part')).toMatchObject({ descriptionFrom: 'article', description: ja.description });
  });

  test('a long takeaway is named by its first words, ending at 、; a short first sentence names its claim', () => {
    expect(byId(ja.sections, 'takeaway-receptors-imaged').heading).toBe('日本の研究チームが、PETトレーサー[11C]K-2を使って…');
    expect(byId(ja.sections, 'takeaway-not-proof')).toMatchObject({
      heading: '研究に参加した患者は34人で、示されたのは関連です',
      description: '受容体の変化が回復の原因だと証明するものではなく、治療についての助言でもありません。',
    });
  });

  test("a claim's lead-in names it; the label keeps the page's own words", () => {
    expect(byId(ja.sections, 'finding-change-tracked-improvement')).toMatchObject({
      heading: '変化と改善',
      context: '研究チームが報告していること',
      evidence: { level: 'human', text: 'ヒトで支持', strength: 2 },
    });
  });
});

describe('pages with little to read', () => {
  test('a page with no sections, no description and no <main> gives an empty list and does not fail', () => {
    expect(readArticleSections('<p>Nothing here</p>')).toEqual({ lang: 'en', title: '', ogTitle: '', description: '', canonical: undefined, sections: [] });
  });

  test('a section with no text anywhere and a page with no description: an empty description, not an error', () => {
    const page = readArticleSections('<html lang="en"><main><h1>Title</h1><h2 id="empty" data-anchor="section">Empty</h2></main></html>');
    expect(page.sections).toEqual([
      { id: 'empty', kind: 'section', heading: 'Empty', context: undefined, description: '', descriptionFrom: 'article', evidence: undefined },
    ]);
  });

  test('headings without a public id are boundaries, not places', () => {
    const page = readArticleSections(
      '<main><h2 id="a" data-anchor="section">A</h2><p>Alpha.</p><h2 id="private">Private</h2><p>Beta.</p><h2 data-anchor="section">No id</h2></main>',
    );
    expect(page.sections.map((s) => [s.id, s.description])).toEqual([['a', 'Alpha.']]);
  });
});
