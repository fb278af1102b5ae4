/** Signers of the second held-out batch: yet other names and ways of writing a number. */
import { person } from '../drafts-unseen/spec.js';

/** Signers of the second held-out batch. */
export const PEOPLE_2 = {
  nomvula: person('Nomvula Dlamini', 'Nomvula', '+27 82 555 0164', 'nomvula.d@uni.ca'),
  arash: person('Arash Karimi-Tehrani', 'Arash', '437-555-0119', 'arash.kt@mail.com'),
  beatriz: person('Beatriz Ocampo', 'Bea', '(365) 555 0142', 'bocampo@student.ca'),
  yuki: person('Watanabe Yuki', 'Yuki', '905 555 0177', 'yuki.watanabe@uni.ca'),
  patrick: person('Patrick Mbeki-Lowe', 'Patrick', '226.555.0103', 'p.mbekilowe@mail.com'),
  leilani: person('Leilani Kahale', 'Leilani', '+1 807 555 0138', 'leilani.k@uni.ca'),
} as const;
