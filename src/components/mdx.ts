import Callout from './Callout.astro';
import Lang from './Lang.astro';
import Quote from './Quote.astro';
import Visual from './Visual.astro';

/** Components editors can use in MDX without importing them: <Visual id="…" />, <Quote>, <Callout>, <Lang code="en">. */
export const mdxComponents = { Quote, Callout, Visual, Lang };
