/** Signers of the third held-out batch: yet other names and ways of writing a number. */
import { person } from '../drafts-unseen/spec.js';

/** Signers of the third held-out batch. */
export const PEOPLE_3 = {
  olumide: person('Olumide Adebayo-Cole', 'Olu', '+234 803 555 0172', 'olumide.ac@uni.ca'),
  mariana: person('Mariana Quispe Huamán', 'Mariana', '438 555 0126', 'mquispe@student.ca'),
  thanh: person('Nguyễn Văn Thành', 'Thành', '(647) 555-0193', 'thanh.nguyen@mail.com'),
  siobhan: person("Siobhán O'Rourke", 'Siobhán', '519-555-0108', 'sorourke@uni.ca'),
  gareth: person('Gareth Pryce-Jones', 'Gareth', '1 604 555 0151', 'gpryce@mail.com'),
  amina: person('Amina Yusuf Warsame', 'Amina', '+1.613.555.0165', 'amina.warsame@uni.ca'),
  elif: person('Elif Şahin', 'Elif', '905 555 0134', 'elif.sahin@student.ca'),
  rafael: person('Rafael Domínguez', 'Rafa', '416-555-0187', 'r.dominguez@mail.com'),
} as const;
