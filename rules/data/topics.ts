/**
 * Health-topic lexicon for category and tag checks: each topic has a label (used in messages) and
 * the words and phrases that show a text is about it. Terms are matched on Porter stems, word by
 * word, so "diabetic" matches "diabetes" and "discs" matches "disc". Keep terms specific: a word
 * every health text uses ("pain", "blood", "disease", "health") would make every post look on topic.
 *
 * Sources for the vocabulary: MedlinePlus health-topic groups (body location/systems), NHS Health
 * A to Z sections, NIH institute scopes (NIDDK, NHLBI, NINDS, NCI).
 */
export interface Topic {
  /** Label for messages ("Back pain and spine"). */
  label: string
  /** Words and phrases, lower case. A category or tag whose name contains one of them is about the topic. */
  terms: readonly string[]
  /**
   * Words that name the topic in a category or tag name but are too common in health text to
   * count as evidence in the content ("blood" names the blood topic; every text says "blood test").
   */
  names?: readonly string[]
  /** Topics whose mentions also count as mentions of this one (a vaccine post fits "Infectious diseases"). */
  related?: readonly string[]
}

export const TOPICS: Readonly<Record<string, Topic>> = {
  diabetes: {
    label: 'Diabetes',
    names: ['endocrinology'],
    terms: [
      'diabetes', 'diabetic', 'blood sugar', 'insulin', 'prediabetes', 'blood glucose', 'glucose', 'a1c', 'hba1c',
      'hypoglycemia', 'hypoglycaemia', 'hyperglycemia', 'hyperglycaemia', 'ketoacidosis', 'metformin', 'glycemic',
      'glycaemic', 'gestational diabetes', 'type 1 diabetes', 'type 2 diabetes',
    ],
  },
  'back-spine': {
    label: 'Back pain and spine',
    names: ['back', 'back health', 'spine health', 'chiropractic'],
    terms: [
      'back pain', 'backache', 'lower back', 'upper back', 'sciatica', 'sciatic', 'lumbar', 'spine', 'spinal', 'disc', 'disk',
      'herniated', 'slipped disc', 'spinal stenosis', 'vertebra', 'vertebrae', 'vertebral', 'spondylolisthesis', 'spondylosis',
      'radiculopathy', 'cauda equina', 'scoliosis', 'kyphosis', 'laminectomy', 'discectomy', 'piriformis', 'neck pain',
      'whiplash', 'coccyx', 'sacroiliac',
    ],
  },
  heart: {
    label: 'Heart and circulation',
    names: ['cardiology', 'circulation'],
    terms: [
      'heart', 'cardiac', 'cardiovascular', 'coronary', 'heart attack', 'heart failure', 'angina', 'arrhythmia',
      'atrial fibrillation', 'blood pressure', 'hypertension', 'cholesterol', 'artery', 'arteries', 'atherosclerosis',
      'cardiologist', 'cardiomyopathy', 'aneurysm', 'vascular', 'aorta', 'aortic', 'valve', 'pacemaker', 'palpitations',
    ],
  },
  blood: {
    label: 'Blood disorders',
    names: ['blood', 'hematology', 'haematology'],
    terms: [
      'blood disorder', 'blood cells', 'red blood cells', 'white blood cells', 'anemia', 'anaemia', 'hemoglobin',
      'haemoglobin', 'platelet', 'platelets', 'clotting', 'blood clot', 'blood clots', 'thrombosis', 'hemophilia',
      'haemophilia', 'sickle cell', 'thalassemia', 'thalassaemia', 'bleeding disorder', 'bone marrow', 'transfusion',
      'iron deficiency',
    ],
  },
  lungs: {
    label: 'Lungs and breathing',
    names: ['pulmonology', 'respiratory health'],
    terms: [
      'lung', 'lungs', 'pulmonary', 'respiratory', 'breathing', 'breath', 'asthma', 'copd', 'bronchitis', 'emphysema',
      'pneumonia', 'inhaler', 'airway', 'airways', 'cystic fibrosis', 'shortness of breath', 'sleep apnea', 'sleep apnoea',
      'oxygen', 'wheezing', 'cough',
    ],
  },
  cancer: {
    label: 'Cancer',
    names: ['oncology'],
    terms: [
      'cancer', 'cancers', 'tumor', 'tumour', 'carcinoma', 'leukemia', 'leukaemia', 'lymphoma', 'sarcoma', 'melanoma',
      'myeloma', 'chemotherapy', 'radiotherapy', 'radiation therapy', 'oncology', 'oncologist', 'metastasis', 'metastatic',
      'malignant', 'malignancy', 'neoplasm', 'blastoma',
    ],
  },
  'mental-health': {
    label: 'Mental health',
    names: ['psychology', 'mind'],
    terms: [
      'mental health', 'mental illness', 'depression', 'depressed', 'anxiety', 'anxious', 'stress', 'panic', 'ptsd',
      'bipolar', 'schizophrenia', 'psychosis', 'psychiatrist', 'psychiatric', 'psychologist', 'psychological',
      'counselling', 'counseling', 'suicide', 'suicidal', 'self-harm', 'eating disorder', 'ocd', 'wellbeing', 'mood',
      'antidepressant', 'antidepressants', 'talking therapy', 'cbt', 'bullying', 'emotional',
    ],
  },
  digestive: {
    label: 'Digestive health',
    names: ['gastroenterology', 'gut health'],
    terms: [
      'digestive', 'digestion', 'stomach', 'bowel', 'bowels', 'intestine', 'intestines', 'intestinal', 'colon', 'gut',
      'liver', 'gallbladder', 'gallstones', 'pancreas', 'pancreatic', 'esophagus', 'oesophagus', 'gastric',
      'gastrointestinal', 'ibs', 'crohn', 'colitis', 'celiac', 'coeliac', 'constipation', 'diarrhea', 'diarrhoea',
      'heartburn', 'acid reflux', 'reflux', 'gerd', 'hepatitis', 'cirrhosis', 'hemorrhoids', 'haemorrhoids', 'ulcer',
      'swallowing', 'nausea', 'vomiting', 'digestive tract', 'rectum', 'anus', 'lactose', 'bloating', 'abdominal pain',
    ],
  },
  hormones: {
    label: 'Hormones and glands',
    names: ['endocrinology'],
    terms: [
      'hormone', 'hormones', 'hormonal', 'endocrine', 'thyroid', 'hypothyroidism', 'hyperthyroidism', 'pituitary',
      'adrenal', 'cortisol', 'gland', 'glands', 'parathyroid', 'growth hormone', 'endocrinologist',
    ],
  },
  kidney: {
    label: 'Kidneys and urinary health',
    names: ['urology', 'nephrology'],
    terms: [
      'kidney', 'kidneys', 'renal', 'nephropathy', 'nephrotic', 'nephritis', 'dialysis', 'urinary', 'urine', 'bladder',
      'urinary tract', 'incontinence', 'kidney stones', 'urination', 'urinate', 'nephrologist', 'urologist', 'cystitis',
    ],
  },
  skin: {
    label: 'Skin',
    names: ['dermatology', 'skincare', 'skin care'],
    terms: [
      'skin', 'dermatitis', 'eczema', 'psoriasis', 'acne', 'rash', 'rashes', 'dermatologist', 'rosacea', 'hives',
      'mole', 'moles', 'pimples', 'itching', 'itchy', 'blisters', 'sunburn', 'pigmentation',
    ],
  },
  brain: {
    label: 'Brain and nerves',
    names: ['neurology', 'neuroscience'],
    terms: [
      'brain', 'nerve', 'nerves', 'neurological', 'neurologist', 'neurology', 'neuron', 'neurons', 'nervous system',
      'stroke', 'seizure', 'seizures', 'epilepsy', 'migraine', 'headache', 'headaches', 'dementia', 'alzheimer',
      'parkinson', 'multiple sclerosis', 'neuropathy', 'spinal cord', 'concussion', 'cognitive', 'memory',
      'paralysis', 'encephalitis', 'encephalopathy', 'ataxia', 'myelin', 'neuromuscular', 'muscular dystrophy',
      'myopathy', 'myopathies', 'myositis', 'motor neuron', 'spasticity', 'tremor', 'tremors', 'involuntary movements',
      'movement disorder', 'reflexes',
    ],
  },
  bones: {
    label: 'Bones, joints and muscles',
    names: ['orthopedics', 'orthopaedics', 'rheumatology'],
    terms: [
      'bone', 'bones', 'joint', 'joints', 'arthritis', 'osteoarthritis', 'rheumatoid', 'osteoporosis', 'fracture',
      'fractures', 'knee', 'hip', 'shoulder', 'gout', 'tendon', 'ligament', 'cartilage', 'musculoskeletal', 'muscle',
      'muscles', 'orthopedic', 'orthopaedic', 'lupus',
    ],
  },
  womens: {
    label: "Women's health",
    related: ['pregnancy'],
    names: ['obstetrics', 'gynecology', 'gynaecology'],
    terms: [
      "women's health", 'women', 'woman', 'menstrual', 'period', 'periods', 'menopause',
      'ovarian', 'ovaries', 'ovary', 'uterus', 'womb', 'vaginal', 'vagina', 'cervix', 'cervical', 'breast',
      'breastfeeding', 'gynecologist', 'gynaecologist', 'pcos', 'endometriosis', 'fertility', 'ovulation',
    ],
  },
  mens: {
    label: "Men's health",
    names: ['men'],
    terms: ["men's health", 'prostate', 'erectile dysfunction', 'testicular', 'testicles', 'testosterone', 'penis', 'sperm'],
  },
  'sexual-health': {
    label: 'Sexual health and contraception',
    terms: [
      'sexual health', 'contraception', 'contraceptive', 'contraceptives', 'condom', 'condoms', 'birth control',
      'sexually transmitted', 'sti', 'stis', 'std', 'stds', 'sex', 'sexual',
    ],
  },
  pregnancy: {
    label: 'Pregnancy',
    terms: [
      'pregnancy', 'pregnant', 'prenatal', 'antenatal', 'postnatal', 'trimester', 'midwife', 'miscarriage', 'gestational',
      'childbirth', 'giving birth', 'labour', 'conceive', 'conception', 'fetus', 'foetus', 'unborn baby', 'due date',
    ],
  },
  vaccines: {
    label: 'Vaccines',
    names: ['jabs'],
    terms: ['vaccine', 'vaccines', 'vaccination', 'vaccinations', 'vaccinated', 'immunization', 'immunisation', 'immunizations', 'immunisations', 'booster', 'jab'],
  },
  children: {
    label: "Children's health",
    names: ['parenting', 'pediatrics', 'paediatrics'],
    terms: [
      "children's health", 'child', 'children', 'kids', 'baby', 'babies', 'infant', 'infants', 'toddler', 'toddlers',
      'pediatric', 'paediatric', 'pediatrician', 'paediatrician', 'childhood', 'newborn', 'newborns', 'adolescent',
      'adolescents', 'teenager', 'teenagers', 'teens',
    ],
  },
  infections: {
    label: 'Infections',
    related: ['vaccines'],
    names: ['infectious diseases'],
    terms: [
      'infection', 'infections', 'infectious', 'infected', 'virus', 'viruses', 'viral', 'bacteria', 'bacterial',
      'antibiotic', 'antibiotics',
      'parasite', 'parasites', 'parasitic', 'fungal', 'flu', 'influenza', 'covid', 'hiv', 'tuberculosis', 'contagious',
      'transmitted', 'outbreak', 'pathogen', 'mosquito', 'mosquitoes', 'ticks', 'antiviral', 'chickenpox', 'measles',
      'mumps', 'rubella', 'polio', 'tetanus', 'diphtheria', 'whooping cough', 'yellow fever', 'rabies', 'malaria',
      'cholera', 'typhoid', 'zika', 'dengue', 'ebola', 'lyme disease', 'hemorrhagic fever', 'haemorrhagic fever', 'sepsis',
    ],
  },
  nutrition: {
    label: 'Nutrition and diet',
    terms: [
      'nutrition', 'nutritional', 'diet', 'diets', 'dietary', 'dietitian', 'food', 'foods', 'eating', 'vitamin',
      'vitamins', 'calories', 'protein', 'fiber', 'fibre', 'nutrient', 'nutrients', 'meal', 'meals', 'recipe', 'recipes',
      'weight loss', 'obesity', 'overweight', 'healthy weight', 'supplements',
    ],
  },
  fitness: {
    label: 'Fitness and exercise',
    terms: ['fitness', 'exercise', 'exercises', 'exercising', 'workout', 'workouts', 'physical activity', 'strength training', 'aerobic', 'stretching', 'yoga', 'running', 'walking'],
  },
  sleep: {
    label: 'Sleep',
    terms: ['sleep', 'sleeping', 'insomnia', 'sleep apnea', 'sleep apnoea', 'snoring', 'melatonin', 'narcolepsy', 'drowsiness'],
  },
  eyes: {
    label: 'Eyes and vision',
    names: ['ophthalmology', 'eye health'],
    terms: ['eye', 'eyes', 'vision', 'sight', 'cataract', 'cataracts', 'glaucoma', 'macular degeneration', 'retina', 'retinal', 'ophthalmologist', 'optician', 'blindness', 'visual'],
  },
  ears: {
    label: 'Ears, nose and throat',
    names: ['ent', 'audiology'],
    terms: ['ear', 'ears', 'hearing', 'hearing loss', 'deafness', 'tinnitus', 'sinus', 'sinusitis', 'throat', 'tonsils', 'tonsillitis', 'nose', 'nasal', 'larynx', 'voice'],
  },
  dental: {
    label: 'Dental and oral health',
    names: ['dentistry'],
    terms: ['teeth', 'tooth', 'dental', 'dentist', 'gum disease', 'gums', 'oral health', 'cavities', 'mouth'],
  },
  allergies: {
    label: 'Allergies',
    terms: ['allergy', 'allergies', 'allergic', 'allergen', 'allergens', 'anaphylaxis', 'hay fever', 'antihistamine', 'antihistamines', 'epipen'],
  },
  addiction: {
    label: 'Alcohol, smoking and drugs',
    terms: ['alcohol', 'drinking', 'smoking', 'smoke', 'tobacco', 'nicotine', 'vaping', 'addiction', 'addicted', 'substance use', 'drug use', 'opioid', 'opioids', 'withdrawal'],
  },
  pain: {
    label: 'Pain management',
    terms: ['chronic pain', 'pain relief', 'painkiller', 'painkillers', 'analgesic', 'pain management'],
  },
}
