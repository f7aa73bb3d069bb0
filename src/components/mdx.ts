import Callout from './Callout.astro';
import Quote from './Quote.astro';
import Visual from './Visual.astro';

/** Components editors can use in MDX without importing them. */
export const mdxComponents = { Quote, Callout, Visual };
