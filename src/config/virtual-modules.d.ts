declare module 'virtual:oogst/build-context' {
  /** The build context of this command (src/config/build-context.ts), provided by src/integrations/build-context.ts. */
  export const buildContext: Readonly<import('./build-context.ts').BuildContext>;
}

declare module 'virtual:oogst/content-model' {
  /** The content model astro.config.mjs read and checked (src/model/content-model.ts), provided by src/integrations/content-model.ts. */
  export const contentModel: import('../model/content-model.ts').ContentModel;
}
