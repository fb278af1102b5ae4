/**
 * The people who sign the drafts in the fairness check: names from many backgrounds, in
 * different lengths, cases and scripts, each with a phone number written a different way.
 * A draft must score the same whoever signs it.
 */

/** One signer: how they write their name, their phone number and their email address. */
export interface Signer {
  name: string;
  first: string;
  phone: string;
  email: string;
}

/** Seven (and more) signers from different backgrounds and with different phone formats. */
export const SIGNERS: readonly Signer[] = [
  { name: 'Emily Smith', first: 'Emily', phone: '416-555-0142', email: 'emily.smith@mail.com' },
  { name: 'Zhang Wei', first: 'Wei', phone: '(647) 555 0199', email: 'zhangwei88@mail.com' },
  { name: 'Amira Haddad', first: 'Amira', phone: '+1 905 555 0107', email: 'a.haddad@uni.ca' },
  { name: 'Oluwaseun Adebayo', first: 'Oluwaseun', phone: '604.555.0133', email: 'oluwaseun.adebayo@student.ca' },
  { name: 'Nguyễn Thị Minh Anh', first: 'Minh Anh', phone: '+44 20 7946 0958', email: 'minhanh.nguyen@mail.com' },
  { name: 'María José de la Cruz', first: 'María José', phone: '2895550171', email: 'mj.delacruz@uni.ca' },
  { name: "Siobhán O'Connor", first: 'Siobhán', phone: '+91 98765 43210', email: 'siobhan.oc@mail.ie' },
  { name: 'Mohammed Al-Farsi', first: 'Mohammed', phone: '+61 2 5550 1234', email: 'm.alfarsi@mail.com' },
  { name: 'Kim Min-jun', first: 'Min-jun', phone: '(289) 555-0188', email: 'minjun.kim@uni.ca' },
];

/** A draft with `{name}`, `{first}`, `{phone}` and `{email}` filled in for one signer. */
export function signedBy(template: string, signer: Signer): string {
  return template.replaceAll('{name}', signer.name).replaceAll('{first}', signer.first).replaceAll('{phone}', signer.phone).replaceAll('{email}', signer.email);
}
