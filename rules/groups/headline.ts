import type { AnyRule } from '../../src/rule.js'

export const headlineRules: readonly AnyRule[] = []
