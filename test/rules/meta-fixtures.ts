import { readFileSync } from 'node:fs'
import { root } from '../helpers.js'

/** A crafted fixture post (fixtures/posts/b-*.json) as a REST object. */
export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${root}fixtures/posts/${name}.json`, 'utf8')) as Record<string, unknown>
}

/** The well-made fixture: Yoast data, named author and reviewer, sources, plain language. */
export const goodPost = (): Record<string, unknown> => fixture('b-yoast-reviewed')
/** The badly made fixture: admin author, scheduled dates, affiliate link, no description. */
export const badPost = (): Record<string, unknown> => fixture('b-yoast-unreviewed')
