/**
 * The kinds of share card, one template each. A module of its own without imports: the card
 * templates and the page registry (page-kinds.ts) both name them, and the card cache hashes every
 * module the templates import.
 */
export const CARD_KINDS = ['site', 'theme', 'insight', 'chapter', 'visual', 'story', 'followup', 'followupStatus'] as const;
export type CardKind = (typeof CARD_KINDS)[number];
