/** The name of the privacy command, which its buttons route back to. */
export const PRIVACY = 'privacy';

/** The ids of the privacy command's actions. */
export const PRIVACY_ACTIONS = {
  erase: 'erase',
  keep: 'keep',
  /** "Export my data", from the retention warning. */
  export: 'export',
  /** "Keep my data", from the retention warning: using Rapport is what keeps it. */
  stay: 'stay',
} as const;
