import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { badPost, goodPost } from './meta-fixtures.js'

describe('date-modified-before-published', () => {
  it('explains the seed post\'s dates as a scheduled post', async () => {
    const m = await runRule('date-modified-before-published', seedText)
    expect(m).toHaveLength(1)
    expect(m[0]!.field).toBe('modified')
    expect(m[0]!.message).toMatch(/last modified on 2025-08-27, 4 days before it was published on 2025-08-31: it was probably scheduled/)
  })

  it('is quiet on the good fixture and reports the scheduled one once', async () => {
    expect(await runRule('date-modified-before-published', goodPost())).toEqual([])
    expect(await runRule('date-modified-before-published', badPost())).toHaveLength(1)
  })

  it('words the message for a post that is still scheduled', async () => {
    const m = await runRule('date-modified-before-published', basePost({ status: 'future', date_gmt: '2025-09-10T08:00:00', modified_gmt: '2025-09-01T08:00:00' }))
    expect(m[0]!.message).toMatch(/scheduled for 2025-09-10.*once published/)
  })

  it('respects the tolerance and ignores missing dates', async () => {
    const p = basePost({ date_gmt: '2025-03-01T09:00:00', modified_gmt: '2025-03-01T07:00:00' })
    expect(await runRule('date-modified-before-published', p)).toHaveLength(1)
    expect(await runRule('date-modified-before-published', p, { toleranceHours: 3 })).toEqual([])
    expect(await runRule('date-modified-before-published', basePost({ modified: undefined, modified_gmt: undefined }))).toEqual([])
  })
})
