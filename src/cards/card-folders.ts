import { CARD_KINDS, type CardKind } from '../data/card-kinds.ts';
import { cardFolderOf } from '../data/page-kinds.ts';

/**
 * Folder of each kind of card under /deelkaarten/, the words of the kind's page URLs (cardFolderOf
 * in the page registry). Apart from card-types.ts, so the card templates do not depend on routes.
 */
export const CARD_KIND_FOLDERS = Object.fromEntries(CARD_KINDS.map((kind) => [kind, cardFolderOf(kind)])) as Record<CardKind, string>;
