/**
 * Wordings of a medical disclaimer ("not a substitute for professional medical advice"), as regular
 * expression sources matched case-insensitively against each block of text. Collected from real
 * health-site disclaimers (WebMD, Mayo Clinic, Healthline, MedlinePlus, NHS trust leaflets,
 * pan-usa.org, doctorisoutside.ca) and HONcode principle 2 (complementarity).
 */
const CLINICIAN =
  "(?:(?:own|family|regular|personal)\\s+)?(?:doctor|physician|gp|general practitioner|pharmacist|clinician|nurse|dietitian|healthcare provider|health care provider|healthcare professional|health care professional|health professional|medical professional|medical provider|health provider|qualified health(?:care)? (?:provider|professional)|(?:qualified |licensed )?(?:medical|health(?:care)?) (?:practitioner|expert|team)|care team|specialist)"

export const DISCLAIMER_PATTERNS: readonly string[] = [
  // "not a substitute for professional medical advice", "no substitute for…", "not intended to be a substitute for…"
  `(?:not|no|never)\\s+(?:(?:be\\s+)?(?:intended|meant|designed)\\s+(?:to\\s+be\\s+|as\\s+)?)?(?:a\\s+)?(?:substitute|replacement)\\s+for`,
  // "does not replace / is not intended to replace / should not replace the advice of your doctor"
  `(?:not|never|cannot|can't)\\s+(?:(?:be\\s+)?(?:intended|meant|designed)\\s+to\\s+)?(?:replace|take the place of|stand in for)\\s+(?:the\\s+)?(?:advice|care|consultation|diagnosis|relationship|guidance|judg(?:e)?ment|visit)`,
  `(?:does|do|should|must|will)\\s+not\\s+(?:replace|take the place of)\\s+(?:the\\s+)?(?:advice|care|consultation|diagnosis|relationship|guidance|judg(?:e)?ment|professional)`,
  // "for informational purposes only", "for general information only", "for educational purposes only"
  `for\\s+(?:general\\s+)?(?:informational|information|educational|education|general)\\s+(?:and\\s+(?:educational|informational)\\s+)?(?:purposes|use)\\s+only`,
  `for\\s+general\\s+information\\s+only`,
  // "is not medical advice", "does not constitute medical advice", "should not be taken as medical advice"
  `(?:is|are|does|do)\\s+not\\s+(?:constitute|provide|offer|give|intended\\s+as|meant\\s+as|to\\s+be\\s+(?:taken|construed|considered)\\s+as)?\\s*(?:professional\\s+|personal(?:i[sz]ed)?\\s+)?(?:medical|health(?:care)?|clinical)\\s+advice`,
  `(?:should|must)\\s+not\\s+be\\s+(?:taken|construed|considered|relied\\s+(?:up)?on|used)\\s+(?:as|for)\\s+(?:professional\\s+|personal\\s+)?(?:medical|health|clinical)\\s+(?:advice|diagnosis|treatment)`,
  `(?:should|must)\\s+not\\s+be\\s+used\\s+(?:to\\s+diagnose|for\\s+(?:self-)?diagnosis|in\\s+place\\s+of|instead\\s+of)`,
  // "nothing on this site constitutes medical advice"
  `nothing\\s+(?:[\\w,'’-]+\\s+){0,6}?(?:constitutes|is\\s+(?:intended|meant)\\s+as|should\\s+be\\s+(?:taken|construed)\\s+as)\\s+(?:professional\\s+|personal\\s+)?(?:medical|health(?:care)?)\\s+advice`,
  // "never disregard professional medical advice or delay in seeking it"
  `never\\s+(?:disregard|ignore)\\s+(?:professional\\s+)?(?:medical\\s+)?advice`,
  // "always seek the advice of your physician", "always consult your doctor before…"
  `always\\s+(?:seek|get|ask\\s+for)\\s+(?:the\\s+)?(?:advice|guidance)\\s+of\\s+(?:your|a)\\s+${CLINICIAN}`,
  `(?:always\\s+)?(?:consult|speak\\s+(?:to|with)|talk\\s+(?:to|with)|check\\s+with|ask|see)\\s+(?:with\\s+)?(?:your|a)\\s+${CLINICIAN}\\s+(?:before\\s+(?:starting|making|beginning|changing|stopping|taking|trying|using|acting|following|you\\s+(?:start|make|change|stop|take|try|use))|for\\s+(?:personal(?:i[sz]ed)?\\s+|individual\\s+|specific\\s+)?(?:medical\\s+)?advice\\s+(?:about|on|for|regarding)\\s+your\\s+(?:own\\s+|specific\\s+|individual\\s+|personal\\s+)?(?:situation|condition|circumstances|health|case|needs)|about\\s+your\\s+(?:own|individual|specific|personal)\\s+(?:situation|condition|circumstances|health|case|needs)|with\\s+any\\s+questions\\s+(?:you\\s+(?:may\\s+)?have\\s+)?(?:about|regarding))`,
  // "does not create a doctor–patient relationship"
  `(?:not|no)\\s+(?:create|establish|form)?\\s*(?:a\\s+)?(?:doctor|physician|provider)[-–\\s]+patient\\s+relationship`,
  `does\\s+not\\s+(?:create|establish|form)\\s+(?:a\\s+)?(?:doctor|physician|provider)[-–\\s]+patient\\s+relationship`,
]

/** A block that starts "Disclaimer:" or "Medical disclaimer" and talks about advice, doctors or information. */
export const DISCLAIMER_LABEL_RE = /^\s*(?:medical\s+|health\s+|important\s+)?disclaimer\b/i
export const DISCLAIMER_SUBJECT_RE = /\b(?:advice|doctor|physician|professional|informational|information|medical|diagnos\w*|treatment)\b/i
