/**
 * A few concrete details of the field under discussion, so the persona's answers sound like
 * someone who works in it: where the work happens, a tool, a credential, an association, a
 * first role and what brings pressure. The field is matched to a family by its words; an
 * unknown field gets plain, general details.
 */

/** Details an answer template can use as `{setting}`, `{tool}`, `{credential}`, `{association}`, `{entryRole}`, `{pressure}`. */
export interface FieldProfile {
  setting: string;
  tool: string;
  credential: string;
  association: string;
  entryRole: string;
  pressure: string;
}

const FAMILIES: readonly (readonly [RegExp, FieldProfile])[] = [
  [
    /nurs|health|medic|pharm|physio|dental|clinic|hospital|paramedic|therap|care\b|midwi|kinesi/,
    {
      setting: 'on the unit',
      tool: 'the charting system',
      credential: 'the licensing exam',
      association: 'the professional college and its student chapter',
      entryRole: 'a new-graduate spot on a general floor or in a community clinic',
      pressure: 'short-staffed shifts',
    },
  ],
  [
    /software|develop|data|comput|cyber|cloud|web|\bit\b|program|analytics|machine learning|\bai\b|devops/,
    {
      setting: 'in our sprint planning',
      tool: 'code review and the issue tracker',
      credential: 'a public portfolio of small projects',
      association: 'the local meetups and open-source communities',
      entryRole: 'junior developer, support engineer or QA roles',
      pressure: 'release deadlines',
    },
  ],
  [
    /design|ux|graphic|architect|animat|illustrat|interior|fashion|game|art\b/,
    {
      setting: 'in design critiques',
      tool: 'prototypes and the design system',
      credential: 'a portfolio that shows your process, not just the final screens',
      association: 'critique nights and the regional design association',
      entryRole: 'junior designer or production roles',
      pressure: 'rounds of client feedback',
    },
  ],
  [
    /account|financ|bank|market|sales|business|consult|human resources|\bhr\b|commerce|audit|tax|insur|econom/,
    {
      setting: 'in the month-end close',
      tool: 'spreadsheets and the reporting system',
      credential: 'a professional designation such as the CPA',
      association: 'the professional body and its student events',
      entryRole: 'analyst or associate roles',
      pressure: 'reporting deadlines',
    },
  ],
  [
    /engineer|civil|mechanic|electric|construct|plumb|weld|energy|mining|manufactur|trade|renewable|environment/,
    {
      setting: 'on site',
      tool: 'drawings and inspection reports',
      credential: 'the professional licence or trade certificate',
      association: 'the engineering or trade society',
      entryRole: 'engineer-in-training, technician or apprentice roles',
      pressure: 'project schedules and the weather',
    },
  ],
  [
    /teach|educat|social work|counsel|librar|communit|nonprofit|non-profit|youth|child|law|legal|paralegal|public/,
    {
      setting: 'with the people we serve',
      tool: 'case notes and shared planning documents',
      credential: 'registration with the professional body',
      association: 'the provincial association',
      entryRole: 'assistant, support or coordinator roles',
      pressure: 'heavy caseloads',
    },
  ],
];

const GENERAL: FieldProfile = {
  setting: 'in our weekly check-ins',
  tool: 'the shared tracking tools',
  credential: 'the certificate most postings ask for',
  association: 'the professional association',
  entryRole: 'assistant or coordinator roles',
  pressure: 'deadlines that land at the same time',
};

/** The details of the family a field belongs to, or general ones. */
export function fieldProfile(field: string): FieldProfile {
  const lower = field.toLowerCase();
  return FAMILIES.find(([pattern]) => pattern.test(lower))?.[1] ?? GENERAL;
}
