// The hyphen package ships no types; this is the part the cards use.
declare module 'hyphen/nl/index.js' {
  const hyphenNl: {
    hyphenateSync(text: string, options?: { minWordLength?: number; hyphenChar?: string }): string;
  };
  export default hyphenNl;
}
