/**
 * Full-width ASCII (！ to ～) → half-width, ideographic space → space, and line breaks to "\n"
 * only: "\r\n" becomes " \n" and a lone "\r" becomes "\n". Every replacement is one character for
 * one, so offsets do not move. So （一） becomes (一) and ，becomes , — the seed pages already mix
 * both forms. CJK punctuation outside that block (。、“”《》【】) is kept as it is.
 */
export function foldWidth(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let r = -1;
    if (c >= 0xff01 && c <= 0xff5e) r = c - 0xfee0;
    else if (c === 0x3000) r = 0x20;
    else if (c === 13) r = text.charCodeAt(i + 1) === 10 ? 0x20 : 10;
    if (r >= 0) {
      out += text.slice(runStart, i) + String.fromCharCode(r);
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}
