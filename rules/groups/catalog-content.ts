import type { AnyRule } from '../../src/rule.js'

export const catalogContentRules: readonly AnyRule[] = []
