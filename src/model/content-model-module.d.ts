declare module 'virtual:oogst/content-model' {
  /** The content model astro.config.mjs read and checked (content-model.ts), provided by src/integrations/content-model.ts. */
  export const contentModel: import('./content-model.ts').ContentModel;
}
