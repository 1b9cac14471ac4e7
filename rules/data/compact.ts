import { ownString } from '../../src/text.js'

/**
 * The same text as a string V8 stores with one byte per character when it can. Text cut out of a
 * document that holds any character beyond Latin-1 (a dash, a curly quote) keeps two bytes per
 * character, even when it is plain ASCII, in memory, through structured cloning and in
 * `v8.serialize`: for per-post data kept until the end of a run, that doubles its size.
 */
export function compactString(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return ownString(text)
  let out = ''
  for (let i = 0; i < text.length; i += 4096) {
    const codes = new Uint8Array(Math.min(4096, text.length - i))
    for (let j = 0; j < codes.length; j++) codes[j] = text.charCodeAt(i + j)
    out += String.fromCharCode(...codes)
  }
  return out
}
