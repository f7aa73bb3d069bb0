declare module 'virtual:oogst/content-model' {
  /** The part of the content model astro.config.mjs read and checked that the content layer stores (model-module.ts), provided by src/integrations/content-model.ts. */
  export const contentModel: import('./model-module.ts').HandedModel;
}
