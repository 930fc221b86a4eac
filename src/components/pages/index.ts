/**
 * Components the prose of the site's own pages (content/pages/*.mdx) can place without importing
 * them: the page passes this map to `<Content components={...} />`, as the article page passes
 * user-components/. Each renders a dynamic part of a page in the page's language; the words around
 * them are the prose's.
 */
import CrisisLine from '../frame/CrisisLine.astro';
import EvidenceLegend from '../labels/EvidenceLegend.astro';
import ContactLink from './ContactLink.astro';
import PageAddress from './PageAddress.astro';
import PageArticleGroup from './PageArticleGroup.astro';
import PageStudyCard from './PageStudyCard.astro';
import ReviewSchedule from './ReviewSchedule.astro';
import Section from './Section.astro';
import WithContact from './WithContact.astro';
import WithoutContact from './WithoutContact.astro';

export const pageComponents = {
  ArticleGroup: PageArticleGroup,
  ContactLink,
  CrisisLine,
  EvidenceLegend,
  PageAddress,
  ReviewSchedule,
  Section,
  StudyCard: PageStudyCard,
  WithContact,
  WithoutContact,
};
