import { describe, expect, it } from 'vitest';
import { checkManifestSchema } from '../../src/manifest/schema.js';

// biome-ignore lint/suspicious/noExplicitAny: tests poke at untyped, deliberately wrong manifest data
type Loose = Record<string, any>;

function seed(): Loose {
  return {
    apiVersion: 'orderform/v1',
    kind: 'Order',
    metadata: { name: 'web-vps-01' },
    spec: {
      account: { currency: 'USD', language: 'en-US' },
      products: [
        {
          offering: 'core.plan.vps.virtuozzo.u101/offerings/USD-1',
          services: [{ name: 'S', serviceSpecification: 'core.vps.virtuozzo.server.u100', billingCycle: 1 }],
        },
      ],
    },
  };
}

/** `path: message` for each finding of a tweaked seed. */
function problems(tweak: (m: Loose) => void): string[] {
  const manifest = seed();
  tweak(manifest);
  const result = checkManifestSchema(manifest);
  return result.kind === 'valid'
    ? []
    : result.findings.map((f) => `${f.path.join('.')}${f.at === 'key' ? ' (key)' : ''}: ${f.message}`);
}

describe('schema messages', () => {
  it('accepts the seed', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('names an unknown key at the key, with a suggestion', () => {
    expect(problems((m) => (m.spec.products[0].services[0].biling_cycle = 1))).toEqual([
      "spec.products.0.services.0.biling_cycle (key): unknown key 'biling_cycle' (did you mean 'billingCycle'?)",
    ]);
  });

  it('says what a number must be, once', () => {
    for (const bad of [0, 121, 1.5]) {
      expect(problems((m) => (m.spec.products[0].services[0].billingCycle = bad))).toEqual([
        `spec.products.0.services.0.billingCycle: billingCycle must be an integer from 1 to 120; got ${bad}`,
      ]);
    }
  });

  it('reports missing keys', () => {
    expect(problems((m) => delete m.spec.products[0].services[0].name)).toEqual([
      "spec.products.0.services.0: missing required key 'name' (a service directly under a product needs a name; the services under it inherit it)",
    ]);
  });

  it('does not report a missing key that an unknown key misspells', () => {
    expect(
      problems((m) => {
        m.spec.products[0].offerring = m.spec.products[0].offering;
        delete m.spec.products[0].offering;
      }),
    ).toEqual(["spec.products.0.offerring (key): unknown key 'offerring' (did you mean 'offering'?)"]);
  });

  it.each([
    [{ currency: 'USD', language: 'en-US', number: 'a1' }, 'it has both'],
    [{}, 'it has neither'],
    [{ colour: 'red' }, 'it has neither'],
    ['USD', "got 'USD'"],
    [null, 'got nothing (an empty value)'],
  ])('collapses the account alternatives into one sentence: %j', (account, tail) => {
    expect(problems((m) => (m.spec.account = account))).toEqual([
      `spec.account: account must be either {currency, language} for a new account or {number} for an existing one; ${tail}`,
    ]);
  });

  it('reports the problems of the account form the user meant', () => {
    expect(problems((m) => (m.spec.account = { number: 'has space' }))).toEqual([
      "spec.account.number: number must be 1 to 64 letters, digits, '_', '.' and '-', starting with a letter or digit, e.g. acct123456; got 'has space'",
    ]);
    expect(problems((m) => (m.spec.account = { currency: 'USD' }))).toEqual([
      "spec.account: missing required key 'language'",
    ]);
  });

  it('explains attribute values', () => {
    expect(
      problems(
        (m) =>
          (m.spec.products[0].services[0].attributes = { a: { b: 1 }, long: 'x'.repeat(5000), 'b c': 1 }),
      ),
    ).toEqual([
      'spec.products.0.services.0.attributes.a: a must be a string, a number, true or false, or a list of those; got a map',
      "spec.products.0.services.0.attributes.b c (key): attributes key 'b c' must be at most 128 letters, digits, '_', '.' and '-', starting with a letter or '_'",
      'spec.products.0.services.0.attributes.long: long must be at most 4096 characters long; got 5000 characters',
    ]);
  });

  it('suggests quoting a number where text is wanted', () => {
    expect(problems((m) => (m.metadata.name = 2024))).toEqual([
      'metadata.name: name must be a string; got 2024 (quote it to make it text)',
    ]);
  });

  it('describes empty lists and wrong containers', () => {
    expect(problems((m) => (m.spec.products = []))).toEqual([
      'spec.products: products must have at least 1 entry; it is empty',
    ]);
    expect(problems((m) => (m.spec.products = {}))).toEqual([
      'spec.products: products must be a list; got an empty map',
    ]);
  });

  it('reports a repeated relatedTo entry at the repeat', () => {
    expect(problems((m) => (m.spec.products[0].services[0].relatedTo = ['a', 'b', 'a']))).toEqual([
      "spec.products.0.services.0.relatedTo.2: relatedTo lists 'a' more than once",
    ]);
  });

  it('reports every problem of the document', () => {
    const found = problems((m) => {
      m.apiVersion = 'v2';
      m.metadata.name = 'Bad';
      m.spec.products[0].services[0].billingCycle = 0;
      m.spec.products[0].services[0].services = [{ name: 'x' }];
    });
    expect(found).toHaveLength(4);
  });
});

describe('identifiers that go into URLs', () => {
  const unsafe = ['/', '?', '#', '%', ' ', '\t', '\n'];

  it.each(unsafe)('a service specification id cannot hold %j', (char) => {
    expect(
      problems((m) => (m.spec.products[0].services[0].serviceSpecification = `core.vps${char}x`)),
    ).toHaveLength(1);
  });

  it.each(unsafe)('an offering cannot hold %j in its parts', (char) => {
    expect(problems((m) => (m.spec.products[0].offering = `core.plan${char}x/offerings/USD-1`))).toHaveLength(
      1,
    );
    expect(problems((m) => (m.spec.products[0].offering = `core.plan/offerings/USD${char}1`))).toHaveLength(
      1,
    );
  });

  it.each(['..', '.', '-x', '_x', ''])('a service specification id cannot be %j', (id) => {
    expect(problems((m) => (m.spec.products[0].services[0].serviceSpecification = id))).toHaveLength(1);
  });

  it('never quotes credentials back', () => {
    const [message] = problems(
      (m) => (m.spec.products[0].services[0].serviceSpecification = 'https://me:s3cret@host/a b'),
    );
    expect(message).toContain("got 'https://***@host/a b'");
    expect(message).not.toContain('s3cret');
  });

  it('absolute URLs may not hold whitespace', () => {
    expect(
      problems((m) => (m.spec.products[0].services[0].serviceSpecification = 'https://a b/c')),
    ).toHaveLength(1);
    expect(
      problems((m) => (m.spec.products[0].services[0].serviceSpecification = 'https://api.hostway.com/x')),
    ).toEqual([]);
  });
});
