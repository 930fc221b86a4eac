/**
 * `npm run translations`: where each translated page stands with its English page, and the English
 * file's hash now, so a translator can bring a page's record (`translation: { source, sourceHash }`)
 * up to date once the translation has taken in what changed:
 *
 * - current: the translation records the English file as it is;
 * - English changed: the English file has changed since (its readers see a notice);
 * - behind a correction / behind an update: the English page has a correction or update dated after
 *   the record's `source`; the build fails until the translation takes it in.
 *
 * Exits with 1 when a page would fail the build (behind, or no valid record).
 */
import { contentPaths } from '../src/config/content-paths.ts';
import type { TranslationStatus } from '../src/integrations/content-preflight/translation-records.ts';
import { translationStatuses } from '../src/integrations/content-preflight/translations.ts';

const statuses = await translationStatuses(contentPaths());
if (statuses.length === 0) {
  console.log('No translated pages: this content folder has no translation folder (content/ja/), or it holds no MDX pages.');
  process.exit(0);
}

const label = (status: TranslationStatus): string => {
  if (status.state === undefined) return 'no valid record';
  if (status.state !== 'behind') return status.state === 'current' ? 'current' : 'English changed';
  return status.missed.some((change) => change.kind === 'corrected') ? 'behind a correction' : 'behind an update';
};
const width = Math.max(...statuses.map((status) => label(status).length));
const lines = statuses.flatMap((status) => {
  const recorded = status.record ? `recorded ${status.record.sourceHash}, source ${status.record.source}` : 'no record';
  return [
    `${label(status).padEnd(width)}  ${status.translation}`,
    `${''.padEnd(width)}  English ${status.english}: sourceHash ${status.hash} (${recorded})`,
    ...status.missed.map((change) => `${''.padEnd(width)}  not taken in: ${change.kind} ${change.date} (${status.english}:${change.line}) ${change.summary}`),
  ];
});
const count = (state: TranslationStatus['state']) => statuses.filter((status) => status.state === state).length;
console.log(
  [
    `${statuses.length} translated page${statuses.length === 1 ? '' : 's'}: ${count('current')} current, ${count('english-changed')} with a changed English page, ${count('behind')} behind a correction or update.`,
    '',
    ...lines,
    '',
    'Once a translation has taken in what changed in English, set its translation.sourceHash to the English hash above and',
    'translation.source to the day of the newest English history entry it has taken in.',
  ].join('\n'),
);
process.exit(statuses.some((status) => status.state === undefined || status.state === 'behind') ? 1 : 0);
