import type { AnyRule } from '../../src/rule.js'
import categoryContentMismatch from '../category-content-mismatch.js'
import medicalDisclaimer from '../medical-disclaimer.js'
import emergencyGuidance from '../emergency-guidance.js'
import headingEmphasis from '../heading-emphasis.js'

export const headlineRules: readonly AnyRule[] = [categoryContentMismatch, medicalDisclaimer, emergencyGuidance, headingEmphasis]
