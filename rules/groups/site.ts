import type { AnyRule } from '../../src/rule.js'
import categoryOutlier from '../category-outlier.js'
import tagSingleton from '../tag-singleton.js'
import duplicateTitle from '../duplicate-title.js'
import duplicateContent from '../duplicate-content.js'

/** Rules that look at the posts of a run together (the site-wide pass after every post is linted). */
export const siteRules: readonly AnyRule[] = [categoryOutlier, tagSingleton, duplicateTitle, duplicateContent]
