// Full-width digits and number signs, as a Chinese input method types them, turned into ASCII one for one.

/** ０-９ and the signs numbers carry: ． (point), ， (thousands), ％, － (minus, range dash). */
const FULL_WIDTH_NUMBER = /[\uff10-\uff19\uff0e\uff0c\uff05\uff0d]/g;

/**
 * A copy with full-width digits and number signs in ASCII. Keeps the length, so offsets into the original hold.
 * Used by the plan reader, the assessment's dates and the 完成值 cell alike.
 * @example toHalfWidthNumbers('１，２００．５％') // '1,200.5%'
 */
export const toHalfWidthNumbers = (text: string): string =>
  text.replace(FULL_WIDTH_NUMBER, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
