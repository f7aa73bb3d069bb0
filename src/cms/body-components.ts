import { EDITOR_COMPONENT_NAMES } from '../markdown/editor-components.ts';

/**
 * The components the CMS body editor offers: the allow-list's block components. `Lang` marks a
 * few words inside a sentence, which the editor's block components cannot do; editors type it.
 */
export const BODY_COMPONENTS = EDITOR_COMPONENT_NAMES.filter((name) => name !== 'Lang');
