/**
 * The people who sign the held-out drafts: none of them is a signer of the fairness check,
 * and their phone numbers and addresses are written in yet other ways.
 */
import { person } from './spec.js';

/** Signers of the held-out drafts. */
export const PEOPLE = {
  tui: person('Tūī Ngata', 'Tūī', '021 555 0147', 'tui.ngata@uni.ac.nz'),
  rustam: person('Rustam Nazarov', 'Rustam', '+998 90 555 01 23', 'r.nazarov@mail.com'),
  aoife: person('Aoife Byrne', 'Aoife', '(416) 555-0161', 'aoife.byrne@uni.ca'),
  kwame: person('Kwame Asante-Boateng', 'Kwame', '647 555 0175', 'kwame.ab@student.ca'),
  priya: person('Priya Ramaswamy', 'Priya', '905-555-0148', 'priya.r@uni.ca'),
  lucas: person('Lucas Ferreira da Silva', 'Lucas', '+55 11 95555-0123', 'lucas.fsilva@mail.com'),
  mei: person('Chen Mei', 'Mei', '289.555.0136', 'chenmei@uni.ca'),
  dmitri: person('Dmitri Volkov', 'Dmitri', '416 555 0190 ext. 2', 'dvolkov@mail.com'),
  fatou: person('Fatou Diallo', 'Fatou', '514-555-0111', 'fatou.diallo@uni.ca'),
  jo: person('J. O. Okafor', 'Jo', '6475550129', 'jo.okafor@mail.com'),
  hana: person('Hana Kowalczyk-Ito', 'Hana', '+1 (519) 555-0102', 'hkowalczykito@uni.ca'),
  ahmad: person('Ahmad Rahimi', 'Ahmad', '613-555-0157', 'ahmad.rahimi@student.ca'),
  sione: person('Sione Tupou', 'Sione', '778 555 0184', 'sione.t@uni.ca'),
  ingrid: person('Ingrid Solberg', 'Ingrid', '+47 912 55 501', 'ingrid.solberg@mail.no'),
} as const;
