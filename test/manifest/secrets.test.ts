// biome-ignore-all lint/suspicious/noTemplateCurlyInString: manifest text with ${VAR} references
import { describe, expect, it } from 'vitest';
import { SECRET_PATHS } from '../../src/manifest/secret-placeholders.js';
import { compilePlan } from '../../src/plan/compile.js';
import { renderPlanMarkdown } from '../../src/plan/render-markdown.js';
import { brief, edit, parse } from '../helpers/manifest.js';

const ACCOUNT = `  account:
    currency: USD
    language: en-US
`;

function withAccount(extra: string): string {
  return edit(ACCOUNT, `${ACCOUNT}${extra}`);
}

const USER = (password: string) => `    user:
      userName: ops@example.com
      password: ${password}
`;

const CARD = (number: string, cvv: string) => `    paymentInfo:
      paymentInfoType: credit_card
      accountNumber: ${number}
      verificationNumber: ${cvv}
      cardHolderName: Ada Lovelace
      creditCardType: visa
      expirationDate: "2029-12"
`;

const ENV = { PW: 'Sup3rSecretPw', CARD: '4111222233334444', CVV: '0123' };

describe('secret fields', () => {
  it('are the documented three, found through writeOnly in the schema', () => {
    expect(SECRET_PATHS.map((p) => p.join('.')).sort()).toEqual([
      'spec.account.paymentInfo.accountNumber',
      'spec.account.paymentInfo.verificationNumber',
      'spec.account.user.password',
    ]);
  });

  it('become {secret.NAME} placeholders: the plan and the manifest hash never hold the values', () => {
    const text = withAccount(USER('${PW}') + CARD('${CARD}', '${CVV}'));
    const first = parse(text, { env: ENV });
    expect(brief(first.issues)).toEqual([]);
    const account = first.manifests[0]!.manifest.spec.account;
    expect('user' in account && account.user?.password).toBe('{secret.PW}');
    const compiled = compilePlan(first.manifests, { endpoint: null });
    const markdown = renderPlanMarkdown(compiled);
    expect(markdown).toContain('"password":(secret PW)');
    expect(markdown).toContain('"accountNumber":(secret CARD)');
    const plan = JSON.stringify(compiled);
    expect(plan).toContain('"accountNumber":"{secret.CARD}"');
    expect(plan).toContain('"verificationNumber":"{secret.CVV}"');
    for (const value of Object.values(ENV)) expect(plan).not.toContain(value);
    const other = parse(text, { env: { PW: 'An0therPassw0rd', CARD: '5500000000000004', CVV: '999' } });
    expect(other.manifests[0]!.hash).toBe(first.manifests[0]!.hash);
  });

  it('written as literals are input errors that name the field and say to use a variable, not the value', () => {
    const result = parse(withAccount(USER('Literal9pass') + CARD('"4111222233334444"', '${CVV:-123}')), {
      env: ENV,
    });
    expect(brief(result.issues)).toEqual([
      '11:17 spec.account.user.password: password is a secret: write it as ${VARIABLE} (e.g. password: "${ACCOUNT_PASSWORD}") and set the variable in the environment, so the value never sits in the manifest',
      '14:22 spec.account.paymentInfo.accountNumber: accountNumber is a secret: write it as ${VARIABLE} (e.g. accountNumber: "${CARD_NUMBER}") and set the variable in the environment, so the value never sits in the manifest',
      '15:27 spec.account.paymentInfo.verificationNumber: verificationNumber is a secret: write it as ${VARIABLE} (e.g. verificationNumber: "${CARD_CVV}") and set the variable in the environment, so the value never sits in the manifest',
    ]);
    const messages = result.issues.map((i) => i.message).join('\n');
    expect(messages).not.toContain('Literal9pass');
    expect(messages).not.toContain('4111222233334444');
  });

  it('check the documented password rules on the value, without printing it', () => {
    for (const [password, problem] of [
      ['short1', 'be 8 to 50 characters long (it has 6)'],
      ['onlyletters', 'contain a digit'],
      ['12345678', 'contain a letter'],
      ['Passw0rd$x', 'contain none of'],
    ] as const) {
      const result = parse(withAccount(USER('${PW}')), { env: { PW: password } });
      expect(result.issues.map((i) => i.message).join('\n')).toContain(problem);
      expect(result.issues.map((i) => i.message).join('\n')).not.toContain(password);
    }
  });

  it('a card payment needs the card fields, the expiry as YYYY-MM; limits are located', () => {
    const result = parse(
      withAccount(`    paymentInfo:
      paymentInfoType: credit_card
      expirationDate: 12/2029
    user: {userName: "bad name", password: "\${PW}"}
    attributes: {partner_account_id: "${'x'.repeat(101)}"}
`),
      { env: ENV },
    );
    const text = brief(result.issues).join('\n');
    expect(text).toContain("spec.account.paymentInfo: missing required key 'accountNumber'");
    expect(text).not.toContain('then');
    expect(text).toContain('spec.account.paymentInfo.expirationDate: expirationDate must be YYYY-MM');
    expect(text).toContain('spec.account.user.userName: userName must be 1 to 50 letters');
    expect(text).toContain(
      'spec.account.attributes.partner_account_id: partner_account_id must be at most 100 characters',
    );
  });
});
