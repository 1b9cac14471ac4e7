import type { AnyRule } from '../../src/rule.js'

export const catalogMetaRules: readonly AnyRule[] = []
