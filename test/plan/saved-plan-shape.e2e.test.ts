// A saved plan is checked against schemas/plan.schema.json by the validator precompiled from it
// (src/plan/plan-validator.generated.js): each problem is located, and apply exits 3 sending nothing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { InputError } from '../../src/errors.js';
import { compilePlan } from '../../src/plan/compile.js';
import { loadPlanFile } from '../../src/plan/file.js';
import { validatePlanShape } from '../../src/plan/plan-validator.js';
import { runCli } from '../helpers/cli.js';
import { loadedManifest, seedManifest } from '../helpers/plan.js';

type Json = Record<string, unknown> & { orders: Record<string, unknown>[] };

/** A fresh, valid saved plan of the seed order, as JSON reads it back. */
function savedPlan(endpoint: string | null = 'https://api.example.test'): Json {
  return JSON.parse(JSON.stringify(compilePlan([loadedManifest(seedManifest())], { endpoint })));
}

function edited(edit: (plan: Json) => void): Json {
  const plan = savedPlan();
  edit(plan);
  return plan;
}

const step = (plan: Json, index: number) => (plan.orders[0]!.steps as Record<string, unknown>[])[index]!;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orderform-plan-shape-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the saved plan validator', () => {
  it('accepts a plan as orderform writes it', () => {
    expect(validatePlanShape(savedPlan())).toEqual([]);
    expect(validatePlanShape(savedPlan(null))).toEqual([]);
  });

  it.each([
    [
      'a createdAt that is no date-time (a format, checked by the bundled ajv-formats function)',
      (plan: Json) => {
        plan.createdAt = 'yesterday';
      },
      { path: 'createdAt', message: '/createdAt must match format "date-time"' },
    ],
    [
      'a fingerprint that is not 16 hex digits',
      (plan: Json) => {
        step(plan, 1).fingerprint = 'zz';
      },
      {
        path: 'orders[0].steps[1].fingerprint',
        message: '/orders/0/steps/1/fingerprint must match pattern "^[0-9a-f]{16}$"',
      },
    ],
    [
      'an unknown key in an order',
      (plan: Json) => {
        plan.orders[0]!.colour = 'red';
      },
      { path: 'orders[0]', message: '/orders/0 must NOT have additional properties' },
    ],
    [
      'a step kind the plan format does not have',
      (plan: Json) => {
        step(plan, 0).kind = 'delete-order';
      },
      {
        path: 'orders[0].steps[0].kind',
        message: '/orders/0/steps/0/kind must be equal to one of the allowed values',
      },
    ],
    [
      'an endpoint with a query',
      (plan: Json) => {
        plan.endpoint = 'https://api.example.test/?x=1';
      },
      { path: 'endpoint', message: expect.stringMatching(/^\/endpoint must match pattern/) },
    ],
    [
      'no orders',
      (plan: Json) => {
        plan.orders = [];
      },
      { path: 'orders', message: '/orders must NOT have fewer than 1 items' },
    ],
  ])('locates %s', (_name, edit, problem) => {
    expect(validatePlanShape(edited(edit))).toEqual([problem]);
  });

  it('names the whole plan when it is not an object, and reports at most 50 problems', () => {
    expect(validatePlanShape([])).toEqual([{ path: '', message: 'plan must be object' }]);
    const many = edited((plan) => {
      for (const s of plan.orders[0]!.steps as Record<string, unknown>[]) {
        s.fingerprint = 'x';
        s.label = 1;
        s.extra = true;
        s.method = 'DELETE';
      }
    });
    // 13 steps with 4 problems each.
    expect(validatePlanShape(many)).toHaveLength(50);
  });

  it('loadPlanFile refuses a misshapen plan with an InputError (exit 3) located in the file', async () => {
    const file = join(dir, 'misshapen.json');
    await writeFile(
      file,
      JSON.stringify(
        edited((plan) => {
          plan.createdAt = 'yesterday';
          step(plan, 2).method = 'DELETE';
        }),
      ),
    );
    const error = await loadPlanFile(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(3);
    expect((error as InputError).issues.map((i) => [i.file, i.line, i.path, i.message])).toEqual([
      [file, 1, 'createdAt', '/createdAt must match format "date-time"'],
      [
        file,
        1,
        'orders[0].steps[2].method',
        '/orders/0/steps/2/method must be equal to one of the allowed values',
      ],
    ]);
  });
});

describe('apply of a misshapen saved plan', () => {
  it('exits 3 naming each problem where it is, and sends nothing', async () => {
    const emulator = await startEmulator({ port: 0 });
    try {
      const plan = JSON.parse(
        JSON.stringify(compilePlan([loadedManifest(seedManifest())], { endpoint: emulator.url })),
      );
      plan.orders[0].steps[1].fingerprint = 'not-hex';
      plan.orders[0].extra = 1;
      const file = join(dir, 'plan.json');
      await writeFile(file, JSON.stringify(plan, null, 2));

      const result = await runCli(['apply', file, '--yes'], { cwd: dir });
      expect(result.code, result.stderr).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(
        `error: ${file}:1:1: orders[0]: /orders/0 must NOT have additional properties`,
      );
      expect(result.stderr).toContain(
        `error: ${file}:1:1: orders[0].steps[1].fingerprint: /orders/0/steps/1/fingerprint must match pattern "^[0-9a-f]{16}$"`,
      );
      expect(result.stderr).toContain('2 problems found in the input; nothing was sent.');
      expect(emulator.requests()).toHaveLength(0);
    } finally {
      await emulator.close();
    }
  });
});
