import { fieldsOf } from './body.js';
import { badRequest, EmulatorRefusal } from './error-answers.js';
import { postDataError } from './http-io.js';

/** Body checks of the whole order's endpoints, with the documented limits. */

const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/;
const USER_NAME = /^[A-Za-z0-9._@-]{1,50}$/;
const COUNTRY = /^[A-Z]{2}$/;
const EXPIRATION = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
const CARD_FIELDS = [
  'accountNumber',
  'cardHolderName',
  'creditCardType',
  'expirationDate',
  'verificationNumber',
];

/** `[{"name","value"},...]`, values at most `maxValue` characters. */
export function nameValueList(body: unknown, maxValue: number): { name: string; value: string }[] {
  if (!Array.isArray(body)) throw postDataError('The body must be a JSON list of {"name","value"} objects');
  return body.map((item, index) => {
    const fields = fieldsOf(item, ['name', 'value']);
    const { name, value } = fields;
    if (typeof name !== 'string' || !ATTRIBUTE_NAME.test(name))
      throw postDataError(`item ${index}: 'name' must be an attribute name`);
    if (typeof value !== 'string' || value.length > maxValue)
      throw postDataError(`item ${index}: 'value' must be a string of at most ${maxValue} characters`);
    return { name, value };
  });
}

export function checkUser(body: unknown): { userName: string } {
  const { userName, password } = fieldsOf(body, ['userName', 'password']);
  if (typeof userName !== 'string' || !USER_NAME.test(userName)) {
    throw postDataError("'userName' must be 1 to 50 letters, digits, '.', '-', '_' and '@'");
  }
  if (
    typeof password !== 'string' ||
    password.length < 8 ||
    password.length > 50 ||
    !/[A-Za-z]/.test(password) ||
    !/[0-9]/.test(password) ||
    /[&`'"\\/<>$]/.test(password)
  ) {
    // The message states the rule and never echoes the password.
    throw postDataError(
      "'password' must be 8 to 50 characters with a letter and a digit and none of & ` ' \" \\ / < > $",
    );
  }
  return { userName };
}

export function checkContact(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw postDataError('The body must be a JSON object');
  const contact = body as Record<string, unknown>;
  for (const key of ['name', 'address', 'contactMedia']) {
    const part = contact[key];
    if (typeof part !== 'object' || part === null || Array.isArray(part))
      throw postDataError(`'${key}' is required and must be a JSON object`);
  }
  const address = contact.address as Record<string, unknown>;
  if (typeof address.countryCode !== 'string' || !COUNTRY.test(address.countryCode))
    throw postDataError("'address.countryCode' must be a two-letter country code");
  return structuredClone(contact);
}

/** Checks a payment body and returns what the emulator keeps of it (masked). */
export function checkPayment(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw postDataError('The body must be a JSON object');
  const payment = body as Record<string, unknown>;
  const type = payment.paymentInfoType;
  if (type === 'offline') {
    // Documented as available to agents only; the emulator has no partner credentials.
    throw new EmulatorRefusal(403, 'The offline payment type is available to agents only');
  }
  if (type !== 'credit_card')
    throw badRequest('POST data error', "'paymentInfoType' must be credit_card or offline");
  for (const key of CARD_FIELDS) {
    if (typeof payment[key] !== 'string' || payment[key] === '')
      throw postDataError(`'${key}' is required for a credit_card payment`);
  }
  if (!EXPIRATION.test(payment.expirationDate as string))
    throw postDataError("'expirationDate' must be YYYY-MM");
  if (!/^[0-9]{12,19}$/.test(payment.accountNumber as string))
    throw postDataError("'accountNumber' must be 12 to 19 digits");
  if (!/^[0-9]{3,4}$/.test(payment.verificationNumber as string))
    throw postDataError("'verificationNumber' must be 3 or 4 digits");
  const { accountNumber, verificationNumber: _cvv, ...kept } = payment;
  return { ...structuredClone(kept), accountNumber: `************${(accountNumber as string).slice(-4)}` };
}
