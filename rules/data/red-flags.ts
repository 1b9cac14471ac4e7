/**
 * Red-flag symptoms that need an emergency instruction, by topic. Each pattern is a regular
 * expression source matched case-insensitively in one block of text (paragraph, list item, cell).
 * Patterns are written for acute, new symptoms: "slurred speech" alone describes many chronic
 * conditions, so stroke needs "sudden" or the FAST signs together.
 */
export interface RedFlag {
  id: string
  /** What the symptom may be a sign of, for messages. */
  condition: string
  /** 'crisis' needs a crisis line (or an emergency number); 'emergency' an emergency number or department. */
  kind: 'emergency' | 'crisis'
  patterns: readonly string[]
  /**
   * Words naming the same kind of symptom: an urgent-help section elsewhere that uses one of them
   * and gives an emergency instruction covers the flag ("call 999 if the pain spreads to your arm").
   */
  keywords: readonly string[]
  /**
   * Report only in posts whose text matches this (a regular expression source), when the symptom
   * is also a chronic feature of other conditions (bladder problems in spina bifida, seizures in
   * metabolic disorders).
   */
  context?: string
  source: string
}

export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'cauda-equina',
    condition: 'cauda equina syndrome',
    kind: 'emergency',
    patterns: [
      String.raw`(?:loss\s+of|losing|lose|problems?\s+(?:with|controlling)|difficulty\s+controlling|changes?\s+(?:in|to)|can(?:no|'|’)t\s+control|unable\s+to\s+control|no\s+control\s+(?:of|over))\s+(?:your\s+)?(?:bladder|bowel)s?\s+(?:and|or|and\/or)\s+(?:your\s+)?(?:bladder|bowel)s?(?:\s+(?:control|function))?`,
      String.raw`(?:loss\s+of|losing|can(?:no|'|’)t\s+control)\s+(?:your\s+)?(?:bladder|bowel)\s+control`,
      String.raw`(?:can(?:no|'|’)t|unable\s+to|difficulty)\s+(?:pee|peeing|urinate|urinating|passing\s+urine)`,
      String.raw`(?:bladder|bowel)s?\s+(?:and|or|and\/or)\s+(?:bladder|bowel)s?\s+(?:incontinence|dysfunction|problems|control|retention)`,
      String.raw`saddle\s+(?:numbness|anaesthesia|anesthesia|area)`,
      String.raw`numb(?:ness)?\s+(?:in|around|of)\s+(?:your\s+|the\s+)?(?:genitals|groin|buttocks|bottom|anus|inner\s+thighs|saddle)`,
      String.raw`cauda\s+equina`,
    ],
    keywords: ['bladder', 'bowel', 'saddle', 'genitals', 'groin', 'buttocks', 'both legs', 'pee', 'urinate', 'cauda equina'],
    context: String.raw`back\s+pain|backache|sciatica|slipped\s+dis[ck]|herniated\s+dis[ck]|spinal\s+stenosis|cauda\s+equina`,
    source: 'NHS, "Cauda equina syndrome" and "Sciatica" (go to A&E or call 999); Royal Free London and Chesterfield Royal NHS trust CES leaflets; NICE CKS "Sciatica (lumbar radiculopathy)" red flags',
  },
  {
    id: 'heart-attack',
    condition: 'a heart attack',
    kind: 'emergency',
    patterns: [
      String.raw`chest\s+(?:pain|pressure|tightness|discomfort)[^.;]{0,80}?(?:spread|spreads|spreading|radiat\w*|mov(?:es|ing))\s+(?:to|into|down|up)?[^.;]{0,30}?\b(?:arms?|jaw|neck|back|shoulders?)`,
      String.raw`chest\s+(?:pain|pressure|tightness|discomfort)[^.;]{0,80}?(?:with|and|plus)\s+(?:[^.;]{0,40}?)(?:sweating|sweat|shortness\s+of\s+breath|breathless\w*|feeling\s+sick|nausea)`,
      String.raw`(?:signs?|symptoms?)\s+of\s+a\s+heart\s+attack`,
    ],
    keywords: ['chest', 'arm', 'jaw', 'heart attack', 'sweating'],
    source: 'NHS, "Heart attack" (call 999 immediately); American Heart Association, "Warning signs of a heart attack" (call 911)',
  },
  {
    id: 'stroke',
    condition: 'a stroke',
    kind: 'emergency',
    patterns: [
      String.raw`(?:face|facial)\s+(?:(?:has\s+)?dropp?ed|droop\w*|drop\w*)`,
      String.raw`sudden(?:ly)?\s+(?:weakness|numbness|drooping|paralysis)\s+(?:(?:in|of|on)\s+)?(?:your\s+|the\s+|one\s+)?(?:face|arms?|side)`,
      String.raw`sudden(?:ly)?\s+(?:slurred\s+speech|trouble\s+speaking|difficulty\s+speaking|loss\s+of\s+speech)`,
      String.raw`(?:signs?|symptoms?)\s+of\s+(?:a\s+)?stroke`,
    ],
    keywords: ['face', 'arm', 'arms', 'speech', 'stroke', 'weakness', 'numbness'],
    source: 'NHS and Stroke Association, "Act FAST": Face, Arms, Speech, Time to call 999; American Stroke Association BE FAST (call 911)',
  },
  {
    id: 'anaphylaxis',
    condition: 'anaphylaxis',
    kind: 'emergency',
    patterns: [
      String.raw`anaphyla(?:xis|ctic)`,
      String.raw`(?:swelling\s+of\s+(?:the\s+|your\s+)?(?:throat|tongue)|(?:throat|tongue)\s+(?:swelling|swells|swell))`,
    ],
    keywords: ['throat', 'tongue', 'breathing', 'anaphylaxis', 'allergic', 'swelling', 'swallowing'],
    source: 'Anaphylaxis UK, "What to do in an emergency" (use the adrenaline auto-injector, call 999 and say anaphylaxis); NHS, "Anaphylaxis"',
  },
  {
    id: 'severe-hypoglycaemia',
    condition: 'severe hypoglycaemia',
    kind: 'emergency',
    patterns: [
      String.raw`(?:severe|serious)\s+(?:hypoglyc(?:a)?emia|hypos?\b|low\s+blood\s+(?:sugar|glucose))`,
      String.raw`(?:hypoglyc(?:a)?emia|hypos?\b|low\s+blood\s+(?:sugar|glucose))[^.]{0,80}?(?:unconscious|pass(?:es)?\s+out|passing\s+out|seizures?|fits?|unresponsive|cannot\s+swallow|can't\s+swallow)`,
      String.raw`(?:unconscious|pass(?:es)?\s+out|seizures?|fits?|unresponsive)[^.]{0,80}?(?:hypoglyc(?:a)?emia|hypo\b|low\s+blood\s+(?:sugar|glucose))`,
    ],
    keywords: ['unconscious', 'seizure', 'fit', 'hypo', 'low blood sugar', 'hypoglycemia', 'hypoglycaemia', 'swallow'],
    context: String.raw`diabet|insulin`,
    source: 'NHS, "Low blood sugar (hypoglycaemia)" (call 999 if unconscious or having a seizure); Diabetes UK; diabetes.co.uk "Diabetic emergencies"',
  },
  {
    id: 'dka',
    condition: 'diabetic ketoacidosis (DKA)',
    kind: 'emergency',
    patterns: [String.raw`(?:diabetic\s+)?ketoacidosis`, String.raw`\bDKA\b`, String.raw`(?:high|raised)\s+ketones`],
    keywords: ['ketones', 'ketoacidosis', 'dka', 'vomiting', 'breathing', 'drowsy'],
    context: String.raw`diabet|insulin`,
    source: 'NHS, "Diabetic ketoacidosis" (go to A&E or call 999 if you have high ketones or symptoms); Diabetes UK',
  },
  {
    id: 'meningitis',
    condition: 'meningitis',
    kind: 'emergency',
    patterns: [
      String.raw`stiff\s+neck[^.]{0,80}?(?:fever|high\s+temperature|rash)`,
      String.raw`(?:fever|high\s+temperature|rash)[^.]{0,80}?stiff\s+neck`,
      String.raw`rash\s+that\s+(?:does\s+not|doesn't|won't|will\s+not)\s+fade`,
      String.raw`glass\s+test`,
    ],
    keywords: ['stiff neck', 'rash', 'fever', 'temperature', 'meningitis', 'glass'],
    source: 'NHS, "Meningitis" (call 999 or go to A&E); Meningitis Now and Meningitis Research Foundation symptom guidance',
  },
  {
    id: 'suicide',
    condition: 'a mental health crisis',
    kind: 'crisis',
    patterns: [
      String.raw`suicid(?:al|e)\s+(?:thoughts?|feelings?|ideation|attempts?|risk)`,
      String.raw`thoughts?\s+(?:of|about)\s+(?:suicide|self-harm|harming\s+yourself|killing\s+yourself|ending\s+your\s+life|death\s+or\s+suicide)`,
      String.raw`(?:want|wanting|plan(?:ning)?)\s+to\s+(?:die|kill\s+(?:your|them|him|her)sel(?:f|ves)|end\s+(?:your|their)\s+life)`,
      String.raw`self[-\s]harm(?:ing)?`,
    ],
    keywords: ['suicide', 'suicidal', 'self-harm', 'crisis', 'harm yourself', 'ending your life'],
    source: 'SAMHSA 988 Suicide & Crisis Lifeline guidance (2022); Samaritans media guidelines (116 123); NHS, "Get urgent help for mental health"',
  },
  {
    id: 'severe-bleeding',
    condition: 'severe bleeding',
    kind: 'emergency',
    patterns: [
      String.raw`bleeding\s+(?:that\s+)?(?:won't|will\s+not|doesn't|does\s+not|cannot\s+be|can't\s+be)\s+(?:stop|be\s+stopped|slow)`,
      String.raw`(?:uncontrolled|uncontrollable)\s+bleeding`,
      String.raw`bleeding\s+heavily\s+from`,
      String.raw`(?:vomiting|throwing\s+up)\s+(?:up\s+)?blood`,
    ],
    keywords: ['bleeding', 'blood', 'vomiting blood'],
    source: 'NHS, "When to call 999" (severe bleeding that cannot be stopped); NHS, "Vomiting blood" (go to A&E or call 999)',
  },
]

/** Tells the reader to call an emergency or urgent number, or to go to emergency care now. */
export const ACTION_PATTERNS: readonly string[] = [
  // call / dial / phone / ring 999, 911, 112, 000, 111, "call an ambulance", "call emergency services"
  String.raw`(?:call|dial|phone|ring|text|contact)\s+(?:the\s+)?(?:(?:emergency|urgent)\s+(?:number\s+|services?\s+on\s+)?)?(?:911|999|112|000|111|988|9-8-8|1737|116\s*123|13\s*11\s*14|NHS\s*111)\b`,
  String.raw`(?:call|dial|phone|ring)\s+(?:for\s+)?(?:an\s+)?ambulance`,
  String.raw`(?:call|dial|phone|contact)\s+(?:your\s+local\s+|the\s+)?emergency\s+(?:services|number|medical\s+services|line)`,
  String.raw`(?:call|dial|phone)\s+for\s+emergency\s+(?:help|care)`,
  // go to A&E / the ER / the emergency department
  String.raw`(?:go|get|head|be\s+taken)\s+(?:straight\s+|immediately\s+|directly\s+|now\s+)?to\s+(?:your\s+|the\s+)?(?:nearest\s+)?(?:A&E|A\s+and\s+E|ER|ED|emergency\s+(?:room|department|ward|care)|accident\s+and\s+emergency|hospital\s+(?:emergency|A&E|ER))`,
  // seek / get emergency care now
  String.raw`(?:seek|get|call\s+for)\s+(?:urgent\s+|immediate\s+)?emergency\s+(?:medical\s+)?(?:help|care|treatment|attention|assistance)`,
  // crisis lines by name
  String.raw`(?:988\s+)?Suicide\s+(?:&|and)\s+Crisis\s+Lifeline|Samaritans|Lifeline\s+(?:on\s+)?13\s*11\s*14|crisis\s+(?:line|text\s+line|team)`,
  String.raw`111\s+online|111\.nhs\.uk`,
]

/** A heading of a section devoted to urgent help: "When to get help", "Call 999 if…", "Emergency signs". */
export const URGENT_HEADING_RE =
  /\b(?:when\s+to\s+(?:get|seek|call|go)|urgent|emergency|emergencies|immediate\s+action|call\s+(?:911|999|112|000|111)|go\s+to\s+(?:A&E|the\s+ER|the\s+emergency)|red\s+flags?|warning\s+signs)\b/i

/** An emergency number after "call", "dial"… in text, to check against the locale. */
export const NUMBER_IN_ACTION_RE = /\b(?:call|dial|phone|ring|text)\s+(?:the\s+)?(?:(?:emergency|urgent)\s+(?:number\s+|services?\s+on\s+)?)?(?:NHS\s+)?(911|999|112|000|111)\b/gi
