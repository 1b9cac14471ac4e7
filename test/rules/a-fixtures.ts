import { readFileSync } from 'node:fs'
import { root } from '../helpers.js'

/** Crafted fixture posts for the content catalog rules (fixtures/posts/a-*.json), as text. */
export const hypeRemedy = readFileSync(`${root}fixtures/posts/a-hype-remedy.json`, 'utf8')
export const wellEdited = readFileSync(`${root}fixtures/posts/a-well-edited.json`, 'utf8')
