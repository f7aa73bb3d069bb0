declare module 'virtual:oogst/build-context' {
  /** The build context of this command (src/config/build-context.ts), provided by src/integrations/build-context.ts. */
  export const buildContext: Readonly<import('./build-context.ts').BuildContext>;
}
