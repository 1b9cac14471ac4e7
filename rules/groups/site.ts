import type { AnyRule } from '../../src/rule.js'

export const siteRules: readonly AnyRule[] = []
