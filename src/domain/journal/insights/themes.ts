/**
 * The themes `/log insights` looks for in a student's interview notes, and the words that signal
 * each. Every theme has topics (what a student would want counted: "internships", "networking"),
 * each named by phrases in plain words; a phrase matches on lemmas, so "co-ops", "did a co-op"
 * and "coop placement" meet the same entry. Cues say the theme without a topic ("the skills you
 * need", "how she got in"). Written for this project from career-services guidance on what
 * informational interviews usually teach: the skills a field wants, the ways people got in, the
 * resources they recommend and the organisations they name.
 *
 * @module
 */

/** The themes, in the order they are shown when their counts tie. */
export const THEME_IDS = ['skills', 'paths', 'resources', 'organisations', 'work-life'] as const;

/** One theme. */
export type ThemeId = (typeof THEME_IDS)[number];

/** A topic within a theme and the phrases that name it. */
export interface Topic {
  readonly label: string;
  readonly phrases: readonly string[];
}

/** The words of one theme: topics, and cues that say the theme without naming a topic. */
export interface ThemeLexicon {
  readonly id: ThemeId;
  readonly topics: readonly Topic[];
  readonly cues: readonly string[];
}

const topic = (label: string, phrases: string): Topic => ({ label, phrases: phrases.split('|') });

/** Phrases by theme. Organisations are found by name (see `organisations.ts`), so their lexicon is empty. */
export const LEXICON: readonly ThemeLexicon[] = [
  {
    id: 'skills',
    topics: [
      topic(
        'communication',
        'communication|communicate|communicating|communicator|explain things|explaining|public speaking|presentation skills|presenting|giving presentations|speak up|writing skills|write clearly|clear writing|storytelling|storyteller|listening skills|active listening|listen well|email etiquette',
      ),
      topic(
        'teamwork',
        'teamwork|team work|team player|collaboration|collaborate|collaborating|working with others|people skills|interpersonal|soft skills|get along',
      ),
      topic(
        'problem solving',
        'problem solving|problem-solving|solve problems|troubleshoot|troubleshooting|critical thinking|analytical|think on your feet|debugging|debug',
      ),
      topic(
        'time management',
        'time management|manage your time|managing time|prioritize|prioritise|prioritizing|multitask|multitasking|juggle|juggling|meet deadlines|tight deadlines|stay organized|stay organised|be organized|be organised|being organized|being organised|very organized|very organised|organizational skills|organisational skills',
      ),
      topic('attention to detail', 'attention to detail|detail oriented|detail-oriented|eye for detail|accuracy|being precise|double check|double-check'),
      topic(
        'leadership',
        'leadership|lead a team|leading a team|managing people|people management|delegate|delegating|delegation|take initiative|taking initiative|ownership',
      ),
      topic(
        'data and spreadsheets',
        'data analysis|analyzing data|analysing data|good with numbers|comfortable with numbers|numeracy|analytics|statistics|stats|excel|spreadsheet|spreadsheets|pivot tables|sql|tableau|power bi|databases|dashboards|financial modeling|financial modelling',
      ),
      topic(
        'coding',
        'coding|programming skills|programming language|programming languages|learn programming|learning programming|computer programming|python|javascript|typescript|java|html|css|git|github skills|software development|scripting|r programming|machine learning',
      ),
      topic(
        'design tools',
        'figma|photoshop|illustrator|indesign|adobe|autocad|revit|sketching|drawing skills|wireframing|prototyping|user research|usability testing|mixed methods|research methods|qualitative research|quantitative research|surveys',
      ),
      topic('languages', 'bilingual|french|spanish|mandarin|cantonese|arabic|punjabi|hindi|second language|another language|languages'),
      topic(
        'empathy and patience',
        'empathy|empathetic|patience|patient with|compassion|bedside manner|emotional intelligence|stay calm|staying calm|be calm|calm under pressure|keep calm|strong stomach|thick skin|resilience|resilient|adaptability|adaptable',
      ),
      topic(
        'handling conflict',
        'conflict|conflict resolution|ok with conflict|handle conflict|deal with conflict|difficult conversations|difficult people|boundaries|set boundaries',
      ),
      topic(
        'sales and negotiation',
        'negotiation|negotiate|negotiating|persuasion|persuade|sales skills|selling|customer service|client relationships|dealing with clients|handling clients|relationship building',
      ),
      topic(
        'writing',
        'good writing|strong writing|writing skills|good writer|clear writer|grant writing|write grants|write a grant|writing grants|technical writing|copywriting|report writing|writing reports|editing|proofreading',
      ),
      topic('strategic thinking', 'strategic thinking|be strategic|think strategically|strategic|big picture|business sense|business acumen'),
      topic(
        'technical knowledge',
        'technical skills|hard skills|technical knowledge|domain knowledge|lab skills|lab techniques|clinical skills|hands-on skills|trade skills|tools of the trade',
      ),
    ],
    cues: [
      'skill',
      'skills',
      'good at',
      'better at',
      'get good at',
      'brush up',
      'learn how to',
      'know how to',
      'proficient',
      'fluent',
      'competent',
      'need to know',
      'inside out',
      'an ear for',
      'good ear',
      'great ears',
      'an eye for',
      'good eye',
    ],
  },
  {
    id: 'paths',
    topics: [
      topic(
        'internships and co-ops',
        'internship|internships|intern|interned|interning|co-op|co-ops|coop|coops|co op|co ops|work term|placement|practicum|summer student|summer students|summer job|take students|takes students|hire students|student roles|student jobs|student positions|unpaid internship|residency|clinical placement',
      ),
      topic('volunteering', 'volunteer|volunteering|volunteered|unpaid work|pro bono'),
      topic(
        'entry-level roles',
        'entry level|entry-level|started in|start in|starting in|got her start|got his start|got their start|got my start|get your start|came up through|came up as|any job|take any job|once you are in|once you are inside|get inside|internal posting|internal postings|internal move|seasonal|seasonal job|permanent spot|entry role|entry roles|entry jobs|entry position|entry positions|junior|first job|first gig|first role|help desk|front desk|call centre|call center|supply teaching|supply teacher|substitute teaching|common start|good start|starting point|starting role|started as|started out|start out|start as|foot in the door|work your way up|worked her way up|worked his way up|worked their way up|worked my way up|bottom rung|assistant role|part-time job|part time job|contract role|temp job',
      ),
      topic(
        'degrees and programs',
        'degree|bachelor|bachelors|masters|master degree|phd|program|programs|graduate program|grad program|rotational program|rotational programs|new grad|new grads|new graduate|new graduates|grad school|graduate school|undergrad|undergraduate|major in|majored|college program|community college|university program|diploma|diploma program|went back to school|go back to school|post-grad|postgrad|teacher college|teachers college|law school|med school|medical school|nursing school|mba|bsc|bcom|beng|msc|bscn|pharmd|jd|llb|mfa|bfa|mph|msw|bsw',
      ),
      topic(
        'career changes',
        'career change|career changer|changed careers|change careers|switched careers|switch careers|switched from|career switch|pivot|pivoted|transition|transitioned|second career|came from|background in|moved from|left teaching|retrain|retrained|moved to a|moving to a|move to a',
      ),
      topic(
        'networking and referrals',
        'networking|network|referral|referrals|referred|word of mouth|connections|knowing people|who you know|reach out|reaching out|cold email|cold emails|coffee chat|coffee chats|met his boss|met her boss|met their boss|current boss|intro me|introduce me|introduced me|introduce you|put me in touch|connect me with|connected me with|referred me|informational interview|informational interviews|info interview|linkedin',
      ),
      topic(
        'portfolio and applications',
        'portfolio|resume|résumé|cv|cover letter|cover letters|application|applications|apply for|apply to|applied for|applied to|applying for|applying to|job posting|job postings|job board|job boards|hiring process|hiring manager|side project|side projects|personal project|personal projects|capstone|capstone project|case study|case studies|post jobs|posts jobs|posted jobs|job listings|job alerts|got the job|get the job|landed the job|find roles|finds roles|find jobs|finds jobs|found roles|careers section|careers page|careers site|interview process|technical interview|job interview|job interviews|first interview|second interview|interviewing at|interviewing for|in interviews|asks in interview|asked in interviews|before applying|when applying|start applying|started applying|job search|job hunt|job hunting|show your work|showcase your work|tailor',
      ),
      topic('apprenticeships and trades', 'apprenticeship|apprentice|journeyman|journeyperson|trade school|union|pre-apprenticeship'),
      topic('learning on the job', 'on the job|on-the-job|job shadow|shadow|shadowing'),
      topic('moving up', 'promotion|promoted|get promoted|move up|moved up|career ladder|climb the ladder|senior role|management track|lateral move'),
    ],
    cues: [
      'path',
      'pathway',
      'career path',
      'route',
      'way in',
      'ways in',
      'get into',
      'got into',
      'getting into',
      'moved into',
      'move into',
      'moving into',
      'switched to',
      'break into',
      'broke into',
      'breaking into',
      'got hired',
      'get hired',
      'hired',
      'recruit',
      'recruits',
      'recruiting',
      'recruitment',
      'recruiter',
      'recruiters',
      'get a job',
      'got a job',
      'got her job',
      'got his job',
      'got their job',
      'get his job',
      'get her job',
      'land a job',
      'landed a job',
      'landed her job',
      'job offer',
      'job offers',
      'got her into',
      'got him into',
      'got them into',
      'got me into',
      'specialise in',
      'specialize in',
      'specialised in',
      'specialized in',
      'gets you into',
      'get you into',
      'got you into',
      'gets you in',
      'before that',
      'prior to that',
      'used to work',
      'worked as',
      'working as',
      'works as',
      'how she started',
      'how he started',
      'how they started',
      'her journey',
      'his journey',
      'their journey',
      'career journey',
      'got started',
      'get started',
    ],
  },
  {
    id: 'resources',
    topics: [
      topic(
        'courses and workshops',
        'course|courses|online course|class|classes|bootcamp|boot camp|workshop|workshops|webinar|webinars|tutorial|tutorials|mooc|coursera|udemy|edx|linkedin learning|codecademy|khan academy|night school|continuing education|continuing ed|professional development|micro-credential|mailing list|listserv',
      ),
      topic(
        'certifications and licences',
        'certification|certifications|certificate|certificates|certified|cert|certs|license|licence|licensing|licensure|license exam|board exam|exam|exams|pmp|cpa|cfa|chrp|cissp|red seal|aws certification|google certificate|accreditation|accredited|designation|credential|registered with|register with|registration exam|regulated profession',
      ),
      topic(
        'books, podcasts and news',
        'book|books|podcast|podcasts|newsletter|newsletters|blog|blogs|youtube|youtube channel|article|articles|magazine|trade magazine|journal articles|documentary|reading list|recommended reading|audiobook|substack',
      ),
      topic(
        'communities and associations',
        'association|associations|professional association|society|community|communities|online communities|club|clubs|meetup|meetups|slack group|slack community|slack|slack channel|discord server|subreddit|reddit|forum|forums|online community|chapter|toastmasters|alumni network|mentorship program|mentoring program|mentor program|find a mentor|get a mentor|mentorship|guild|union local',
      ),
      topic(
        'events',
        'conference|conferences|career fair|career fairs|job fair|job fairs|networking event|networking events|hackathon|hackathons|info session|information session|open house|summit|expo|trade show|panel|panels|speaker series|lunch and learn|event|events|competition|competitions|case competition|case competitions',
      ),
      topic('job-search sites', 'glassdoor|indeed|handshake|job bank|careers page|careers site'),
      topic('practice sites', 'leetcode|hackerrank|kaggle|tryhackme|codewars|practice problems|mock interview|mock interviews'),
    ],
    cues: [
      'resource',
      'resources',
      'check out',
      'sign up for',
      'signed up for',
      'suggested reading',
      'subscribe to',
      'worth reading',
      'worth joining',
      'read the',
      'read a',
      'read up',
      'read about',
      'should read',
      'reads',
      'listens to',
      'listen to',
      'annual report',
      'annual reports',
    ],
  },
  { id: 'organisations', topics: [], cues: [] },
  {
    id: 'work-life',
    topics: [
      topic(
        'pay',
        'salary|salaries|wage|wages|income|compensation|pay is|pay was|the pay|good pay|starting pay|paid well|well paid|underpaid|unpaid|paid internship|pay better|pays better|pay more|pays more|pay less|pays less|pays well|pay well|benefits package|health benefits|good benefits|pension|bonus|bonuses|get a raise|got a raise|pays for|paid for|covers the cost|tuition reimbursement|training budget|education budget',
      ),
      topic(
        'hours and schedule',
        'long hours|hours are|work hours|working hours|shift work|night shift|night shifts|rotating shifts|evening shifts|12 hour shifts|work weekends|working weekends|weekend work|overtime|shifts|weekends|on call|nine to five|9 to 5|flexible hours|crunch|busy season|days off|fridays off|four day week|4 day week|compressed week|hour days',
      ),
      topic(
        'remote and hybrid work',
        'remote|remotely|work from home|working from home|wfh|hybrid|in the office|in office|long commute|the commute|travel a lot|travels a lot|travel for work|lots of travel',
      ),
      topic(
        'culture and workload',
        'culture|work culture|team culture|atmosphere|vibe|work-life balance|work life balance|balance|burnout|burn out|burned out|stress|stressful|pressure|workload|fast paced|fast-paced|toxic|supportive|pace|slower pace|fast pace|many hats|wear many hats|wears many hats|paperwork|admin work|administrative work|documentation|charting',
      ),
      topic(
        'job market',
        'job market|hard to get|layoffs|laid off|hiring freeze|freelance|freelancing|freelancer|gig|gigs|contract work|short contracts|short term contracts|temporary contracts|fixed term|permanent contract|permanent job|permanent position|short of people|short staffed|understaffed|lots of jobs|plenty of jobs|shrinking|budget cuts|demand|in demand|shortage|openings|job security|stable|stability|automation|ai|very competitive|highly competitive|so competitive|is competitive|competitive field|competition for jobs',
      ),
    ],
    cues: ['day to day', 'day-to-day', 'typical day', 'typical week', 'daily routine'],
  },
];

/** Human names of the themes. */
export const THEME_LABELS: Readonly<Record<ThemeId, string>> = {
  skills: 'Skills',
  paths: 'Paths and ways in',
  resources: 'Resources',
  organisations: 'Companies and organisations',
  'work-life': 'Work life',
};
