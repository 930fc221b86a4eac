/**
 * Where the changes feed lives and what it is called, for the endpoint that writes it
 * (pages/changes.xml.ts) and every page that links it (BaseLayout, the /changes/ page).
 */
export const FEED_FILE = 'changes.xml';
export const FEED_TITLE = 'What changed: Ketamine & AMPA receptors, an evidence explainer';
