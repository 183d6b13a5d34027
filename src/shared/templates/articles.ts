import type { ArticleSource } from '../model';

// Titles, authors and dates are cited as the seed list gives them; users see these, never file names.

/** Kadin Nestler's CAIO-vs-agency comparison: fractional CAIO, agency project and retainer, outcome tiers, full-time CAIO. */
export const CAIO_VS_AGENCY: ArticleSource = {
  type: 'article',
  title: 'Fractional Chief AI Officer vs AI Agency',
  author: 'Kadin Nestler (Ascero AI)',
  date: '2026-05-28',
};

/** A fractional AI officer's comparison with the fractional CTO: monthly fees, hours and time to ROI of both. */
export const AI_OFFICER_VS_CTO: ArticleSource = {
  type: 'article',
  title: 'Fractional AI Officer vs Fractional CTO',
  author: 'a fractional AI officer',
  date: '2026',
};

/** Mahmoud Zalt's fractional AI officer price list: strategic retainer, embedded, day rate, and the Series A full-time CAIO. */
export const AI_OFFICER_COST: ArticleSource = {
  type: 'article',
  title: 'Fractional AI Officer Cost: Day Rates, Retainers, and What You Get',
  author: 'Mahmoud Zalt',
  date: '2026',
};

/** Digital Monestary on the fractional CTO: full-time CTO cash comp and the fractional retainer per year. */
export const FRACTIONAL_CTO_ROLE: ArticleSource = {
  type: 'article',
  title: 'What a Fractional CTO Does (and When to Hire One)',
  author: 'Digital Monestary',
  date: '2026',
};

/** Josh Cruz on the fractional AI CTO: full-time CTO compensation and a retainer from $10,000 a month. */
export const FRACTIONAL_AI_CTO: ArticleSource = {
  type: 'article',
  title: 'What is a fractional AI CTO?',
  author: 'Josh Cruz (Digital Monestary)',
  date: '2026-06',
};

/** Every seed article, in the order of the seed list. */
export const ARTICLES: readonly ArticleSource[] = [
  CAIO_VS_AGENCY,
  AI_OFFICER_VS_CTO,
  AI_OFFICER_COST,
  FRACTIONAL_CTO_ROLE,
  FRACTIONAL_AI_CTO,
];
