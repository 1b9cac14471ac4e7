import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Base64, sha256Hex } from '../src/formatters/hash.js'

describe('sha256 (pure, for browsers)', () => {
  it('matches node:crypto on empty, ASCII, non-ASCII and block-boundary inputs', () => {
    const inputs = ['', 'abc', 'é€😀 naïve'.repeat(40), 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(63), 'x'.repeat(64), 'y'.repeat(1000)]
    for (const s of inputs) {
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'))
      expect(sha256Base64(s)).toBe(createHash('sha256').update(s, 'utf8').digest('base64'))
    }
  })
})
