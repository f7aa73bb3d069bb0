declare module 'virtual:oogst/build-context' {
  /** The build context of this command (src/config/build-context.ts), provided by src/integrations/build-context.ts. */
  export const buildContext: Readonly<import('./build-context.ts').BuildContext>;
}

declare module 'virtual:oogst/filled-collections' {
  /** In a build, the collections that have entries (src/integrations/filled-collections.ts); null in the dev server: read them all. */
  export const filledCollections: readonly import('../collections/collection-table.ts').CollectionName[] | null;
}
