import type { Point } from '../types.js'

/**
 * Converts UTF-16 offsets in a text to 1-based line:column points.
 * (vfile-location does the same for a VFile; this one works on a bare string and is
 * shared by every reader, so the JSON and XML readers need no VFile per field.)
 */
export function lineIndex(text: string): (offset: number) => Point {
  let starts: number[] | undefined
  return (offset) => {
    if (!starts) {
      starts = [0]
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    }
    const o = Math.max(0, Math.min(offset, text.length))
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= o) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: o - starts[lo]! + 1 }
  }
}

/**
 * For a JSON string literal starting at `start` in `text` (at its opening quote), returns a
 * function mapping an offset into the decoded string to an offset in `text`.
 * Escapes (`\n`, `\"`, `\/`, `\u2013`) take 2 or 6 raw characters for one decoded one;
 * no JSON library exposes this mapping, so it is written here.
 */
export function jsonStringMapper(text: string, start: number): (decodedOffset: number) => number {
  // rawAt[i] = raw offset of decoded code unit i; built lazily, once.
  let rawAt: Uint32Array | undefined
  return (decodedOffset) => {
    if (!rawAt) rawAt = buildJsonStringMap(text, start)
    if (decodedOffset <= 0) return start + 1
    if (decodedOffset >= rawAt.length) return rawAt[rawAt.length - 1]!
    return rawAt[decodedOffset]!
  }
}

function buildJsonStringMap(text: string, start: number): Uint32Array {
  const offsets: number[] = []
  let i = start + 1
  while (i < text.length) {
    const ch = text.charCodeAt(i)
    if (ch === 34 /* " */) break
    offsets.push(i)
    if (ch === 92 /* \ */) i += text.charCodeAt(i + 1) === 117 /* u */ ? 6 : 2
    else i += 1
  }
  // One extra entry: the offset just past the last character (the closing quote).
  offsets.push(i)
  return Uint32Array.from(offsets)
}
