/**
 * Notes written after the last tuning, and never tuned on: `npm run eval:insights` prints their
 * figures apart. Same labelling rules as `notes.ts`.
 */
import { note, type LabelledNote } from './labelled-note.js';

export const FRESH_NOTES: readonly LabelledNote[] = [
  note('Pilots build hours as flight instructors first, it takes years to reach the airlines and the training costs a fortune', 'paths work-life'),
  note('She runs a small farm and sells at the St. Lawrence Market, says you need to know bookkeeping as much as soil', 'skills', ['St. Lawrence Market']),
  note('Fashion buyers need a strong eye and Excel, she started on the shop floor at Holt Renfrew', 'skills paths', ['Holt Renfrew']),
  note('policy analysts write briefing notes all day. the MPP program at U of T is the usual route', 'skills paths', ['U of T']),
  note('translation: get certified by ATIO and specialise in legal or medical, general work pays poorly', 'resources paths work-life', ['ATIO']),
  note('He manages an esports team, said the industry is young and unstable, people burn out fast', 'work-life'),
  note('real estate license course takes about a year part time, then you need a brokerage to sponsor you', 'resources paths'),
  note('speech pathology needs a masters and placements, waitlists for the programs are long', 'paths work-life'),
  note('paramedics work 24 hour shifts in rural areas, you see hard things, peer support helps', 'work-life resources'),
  note('Librarians today teach a lot: digital literacy workshops, coding clubs for kids', 'skills'),
  note('She moved from site super to project manager at EllisDon after doing her PMP', 'paths resources', ['EllisDon']),
  note('the sommelier course from the Court of Master Sommeliers is expensive but opens doors', 'resources paths', ['Court of Master Sommeliers']),
  note('data engineers: learn SQL deeply, then Airflow and dbt, and cloud basics', 'skills'),
  note('Public health jobs come through the regional health units, follow them on LinkedIn for postings', 'paths', []),
  note('I asked about salary, she said it depends a lot on the hospital and the union scale', 'work-life'),
  note('Sysadmins are on call every 4th week, and good documentation saves you at 3am', 'work-life skills'),
  note('she says a chemistry degree plus co-op at a pharma company is the classic path in Mississauga', 'paths'),
  note('Go to the Toronto Food Policy Council meetings, they are public and people stay after to chat', 'resources paths', ['Toronto Food Policy Council']),
  note('event planners have to stay calm when everything goes wrong, and know how to negotiate with venues', 'skills'),
  note('very kind man. he said read widely and dont rush to pick a specialty', 'resources paths'),
];
