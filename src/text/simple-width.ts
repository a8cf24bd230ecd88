// The columns of text that string-width would measure the slow way for no reason. Its first
// call on any non-ASCII text compiles `\p{RGI_Emoji}` and sets up grapheme segmentation:
// 25 to 60 ms of CPU, on the trainer's first frame (a `·` or a Chinese label is enough).
// Text made only of code points that are each a grapheme cluster of their own, and never
// an emoji, is simply the sum of their East Asian widths: that is what string-width
// computes for it, and test/text/simple-width.test.ts checks so for every BMP code point.
import { eastAsianWidth } from 'get-east-asian-width';

/** string-width's options (ANSI escapes are control characters, so never simple). */
export type WidthOptions = { readonly ambiguousIsNarrow?: boolean };

const PLAIN = /^[\x20-\x7e]*$/;

// Whatever is not printable ASCII and might join a neighbour into one cluster (marks,
// joiners, Hangul jamo and syllables, prepended and spacing letters), be drawn as an emoji
// (digits are emoji too, hence the ASCII exception), take no column, or lie outside the BMP.
const NOT_SIMPLE =
  /(?![\x20-\x7e])[\p{Emoji}\p{Emoji_Component}\p{Extended_Pictographic}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{M}\p{Zl}\p{Zp}\p{Grapheme_Extend}\p{Regional_Indicator}\p{Variation_Selector}\u0d4e\u0e33\u0eb3\u1100-\u11ff\ua960-\ua97f\uac00-\ud7ff\u{10000}-\u{10ffff}]/u;

/** The width string-width gives `text`, when it is simple to know; undefined otherwise. */
export function simpleWidth(text: unknown, options: WidthOptions = {}): number | undefined {
  if (typeof text !== 'string') return undefined;
  if (PLAIN.test(text)) return text.length;
  if (NOT_SIMPLE.test(text)) return undefined;
  const wide = { ambiguousAsWide: options.ambiguousIsNarrow === false };
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    width += code <= 0x7e ? 1 : eastAsianWidth(code, wide);
  }
  return width;
}
