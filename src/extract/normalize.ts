// Length-preserving normalisation of report text.
//
// Every parser works on `normalizeText(source)`, which maps each UTF-16 code unit of the
// source to exactly one code unit (full-width digits and punctuation to ASCII, ideographic
// and no-break spaces to ' '). Because the mapping is 1:1, an offset found in the
// normalised text is the same offset in the source, so quotes are always cut from the
// original text with `source.slice(start, end)` and stay exact.

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～
const FULLWIDTH_OFFSET = 0xfee0;

/** Characters outside the full-width block that reports use as ASCII look-alikes. */
const SINGLE_CHAR_MAP: Readonly<Record<string, string>> = {
  '\u3000': ' ', // ideographic space
  '\u00a0': ' ', // no-break space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u200b': ' ', // zero-width space: kept as a space so lengths stay equal
  '\ufeff': ' ', // a stray BOM inside the text
  '\u2014': '-', // — em dash
  '\u2013': '-', // – en dash
  '\u2212': '-', // − minus
};

export function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= FULLWIDTH_START && code <= FULLWIDTH_END) return String.fromCharCode(code - FULLWIDTH_OFFSET);
  return SINGLE_CHAR_MAP[ch] ?? ch;
}

/** Returns a string of exactly the same length as `source` (see module comment). */
export function normalizeText(source: string): string {
  return source.replace(NEEDS_MAPPING, normalizeChar);
}

const NEEDS_MAPPING = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff\u2014\u2013\u2212]/g;

/** Removes a leading byte-order mark; offsets in the dataset are relative to the text without it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
