import { describe, expect, it } from 'vitest';
import type { Service } from '../../src/manifest/types.js';
import { compilePlan } from '../../src/plan/compile.js';
import { diffJson, diffRecordedSteps, type RecordedStep, renderChanges } from '../../src/plan/diff.js';
import { shortName, stepDisplayNames } from '../../src/plan/display.js';
import type { OrderPlan } from '../../src/plan/types.js';
import { loadedManifest, seedManifest } from '../helpers/plan.js';

const compile = (manifest = seedManifest()): OrderPlan =>
  compilePlan([loadedManifest(manifest)], { endpoint: 'https://api.example.test' }).orders[0]!;

const recordedOf = (order: OrderPlan, keepBody = true): Record<string, RecordedStep> =>
  Object.fromEntries(
    order.steps.map((step) => [
      step.id,
      {
        kind: step.kind,
        fingerprint: step.fingerprint,
        method: step.method,
        ...(keepBody ? { body: step.body } : {}),
      },
    ]),
  );

describe('display names of steps', () => {
  it('uses the manifest handles and short specification names, never positions', () => {
    const { steps } = compile();
    const names = stepDisplayNames(steps);
    expect(steps.map((step) => names.get(step.id))).toEqual([
      'order',
      'account',
      'vps',
      'server',
      'vps/plesk',
      'vps/memory',
      'vps/disk',
      'vps/bandwidth',
      'vps/ip',
      'vps/powerpack',
      'quote',
      'validate',
      'submit',
    ]);
  });

  it('keeps names unique, and a handle the user chose is never the one suffixed', () => {
    const manifest = seedManifest();
    const server = manifest.spec.products[0]!.services![0]!;
    const ip = { serviceSpecification: 'core.vps.virtuozzo.ip' } as Service;
    server.services = [ip, { ...ip }, { ...ip, id: 'ip' } as Service];
    const names = [...stepDisplayNames(compile(manifest).steps).values()];
    expect(names).toContain('ip');
    expect(names).toContain('vps/ip');
    expect(names).toContain('vps/ip-2');
  });

  it('shortens specification ids to their last word-like part', () => {
    const at = /\/serviceSpecifications\/([^/]+)/;
    expect(shortName('https://x/serviceSpecifications/core.vps.virtuozzo.server.u100', at)).toBe('server');
    expect(shortName('https://x/serviceSpecifications/core.vps.virtuozzo.additional_disk.10gb', at)).toBe(
      'disk',
    );
  });
});

describe('diff of recorded and planned requests', () => {
  it('finds nothing when the plan is what ran', () => {
    const order = compile();
    expect(diffRecordedSteps(recordedOf(order), order.steps, { includeAdded: true })).toEqual([]);
  });

  it('shows a changed billing cycle field by field, on every service that inherits it', () => {
    const before = compile();
    const manifest = seedManifest();
    manifest.spec.products[0]!.services![0]!.billingCycle = 12;
    const changes = diffRecordedSteps(recordedOf(before), compile(manifest).steps, { includeAdded: true });
    expect(changes.map((c) => c.name)).toEqual([
      'server',
      'vps/plesk',
      'vps/memory',
      'vps/disk',
      'vps/bandwidth',
      'vps/ip',
      'vps/powerpack',
    ]);
    expect(renderChanges(changes).slice(0, 2)).toEqual(['~ service server', '    billingCycle: 1 -> 12']);
  });

  it('pairs entries without ids by what they are when one is removed or added', () => {
    const before = compile();
    const removed = seedManifest();
    const server = removed.spec.products[0]!.services![0]!;
    server.services = server.services!.filter((s) => !s.serviceSpecification.endsWith('.ip'));
    expect(
      renderChanges(diffRecordedSteps(recordedOf(before), compile(removed).steps, { includeAdded: true })),
    ).toEqual(['- service vps/ip (removed from the manifest)']);
    const after = diffRecordedSteps(recordedOf(compile(removed)), before.steps, { includeAdded: true });
    expect(renderChanges(after)).toEqual(['+ service vps/ip (new in the manifest)']);
    // A partly applied order may still grow: new steps are no conflict there.
    expect(diffRecordedSteps(recordedOf(compile(removed)), before.steps, { includeAdded: false })).toEqual(
      [],
    );
  });

  it('says a step changed when an older journal kept no body to compare', () => {
    const before = compile();
    const manifest = seedManifest();
    manifest.spec.account = { currency: 'EUR', language: 'en-US' };
    const changes = diffRecordedSteps(recordedOf(before, false), compile(manifest).steps, {
      includeAdded: true,
    });
    expect(renderChanges(changes)).toEqual([
      '~ account (changed; this journal does not keep the request to compare)',
    ]);
  });

  it('compares objects key by key and other values whole', () => {
    expect(diffJson({ a: { b: 1, c: [1] } }, { a: { b: 2, c: [1] }, d: 'x' }, '')).toEqual([
      { kind: 'field', path: 'a.b', before: 1, after: 2 },
      { kind: 'field', path: 'd', after: 'x' },
    ]);
  });
});
